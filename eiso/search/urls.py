"""Search, under /tim-kiem/."""

from django.urls import path

from eiso.search import views

app_name = "search"

urlpatterns = [path("", views.index, name="index")]
