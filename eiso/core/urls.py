from django.urls import path

from eiso.core.views import pages

app_name = "core"

urlpatterns = [
    path("", pages.home, name="home"),
    path("viec-cua-toi/", pages.my_work_page, name="my_work"),
]
