from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "project"
    verbose_name = "VHub (URL map, navigation, metrics, demonstration data)"
