from django.urls import path

from eiso.documents.views import editing, pages, workflow

app_name = "documents"

urlpatterns = [
    path("", pages.document_list, name="index"),
    path("moi/", editing.document_create, name="create"),
    path("dang-ky/", editing.document_register, name="register"),
    path("ma-hieu/", editing.code_templates, name="code_templates"),
    path("<uuid:pk>/", pages.document_detail, name="detail"),
    path("<uuid:pk>/sua/", editing.document_edit, name="edit"),
    path("<uuid:pk>/lan-ban-hanh-moi/", editing.edition_start, name="start_draft"),
    path("<uuid:pk>/so-sanh/", pages.edition_compare, name="compare"),
    path("phien-ban/<uuid:pk>/", pages.edition_detail, name="edition"),
    path("phien-ban/<uuid:pk>/soan-thao/", editing.edition_editor, name="editor"),
    path("phien-ban/<uuid:pk>/khoa/", editing.edition_take_lock, name="take_lock"),
    path("phien-ban/<uuid:pk>/dong/<str:kind>/", editing.editor_row, name="editor_row"),
    path("phien-ban/<uuid:pk>/tep/", pages.edition_file, name="file"),
    path("phien-ban/<uuid:pk>/tai-ve.<str:fmt>", pages.edition_download, name="download"),
    path("phien-ban/<uuid:pk>/<str:action>/", workflow.edition_action, name="action"),
]
