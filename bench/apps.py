from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Management commands only (make_bench_data, run_bench): no models, no migrations."""

    name = "bench"
    default_auto_field = "django.db.models.BigAutoField"
