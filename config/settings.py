"""eiso settings: one module, every deployment difference comes from environment variables.

Defaults are for the embedded demo (SQLite under var/, DEBUG on). Production sets EISO_ENV=production,
which refuses to start without a SECRET_KEY or with DEBUG on.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

EISO_ENV = env.str("EISO_ENV", default="development")
PRODUCTION = EISO_ENV == "production"

DEBUG = env.bool("DEBUG", default=not PRODUCTION)
SECRET_KEY = env.str("SECRET_KEY", default="")
if PRODUCTION:
    if not SECRET_KEY or len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("SECRET_KEY must be set (at least 50 characters) in production.")
    if DEBUG:
        raise ImproperlyConfigured("DEBUG must be off in production.")
elif not SECRET_KEY:
    # Development/demo only: a fixed, clearly-insecure key so sessions survive restarts.
    SECRET_KEY = "dev-only-insecure-key-never-used-in-production-" + "x" * 16

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "eiso.core",
    "eiso.accounts",
    "eiso.organizations",
    "eiso.notifications",
    "eiso.plans",
    "eiso.objectives",
    "eiso.documents",
    "eiso.distribution",
    "eiso.records",
    "eiso.references",
    "eiso.procedures",
    "eiso.search",
    "eiso.standards",
    "eiso.risks",
    "eiso.audits",
    "eiso.nonconformities",
    "eiso.api",
    "ninja",  # only for its local Swagger UI assets and template (no CDN, CSP-safe)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "eiso.core.middleware.RequestContextMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# Django's form renderer with <select> written in Python (long lists of options are costly as
# one template per option); the markup is the same.
FORM_RENDERER = "eiso.core.forms_renderer.FormRenderer"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "eiso.core.context_processors.eiso",
            ],
            "builtins": ["eiso.core.templatetags.eiso_tags"],
        },
    }
]

# Database: SQLite (embedded default) or PostgreSQL via DATABASE_URL.
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'eiso.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # IMMEDIATE takes the write lock at BEGIN, so select_for_update-style sequences are safe.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            ),
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:my_work"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): lock a username+IP after 5 failures for 15 minutes.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_VERBOSE = False

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGE_COOKIE_NAME = "eiso_language"
LANGUAGE_COOKIE_SECURE = PRODUCTION
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(VAR_DIR / "staticfiles"))
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = DEBUG
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {
        "BACKEND": env.str("FILE_STORAGE", default="django.core.files.storage.FileSystemStorage")
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION or env.bool("MANIFEST_STATIC", default=False)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
EISO_MAX_UPLOAD_BYTES = env.int("EISO_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
# Quality objectives: remind the people who measure this many working days before a measurement is due.
EISO_OBJECTIVE_REMINDER_WORKING_DAYS = env.int("EISO_OBJECTIVE_REMINDER_WORKING_DAYS", default=3)
# Plan tasks: "due soon" and reminded this many working days before the due date; the daily
# reminder sweep runs at this hour (Asia/Ho_Chi_Minh).
EISO_PLAN_REMINDER_DAYS = env.int("EISO_PLAN_REMINDER_DAYS", default=3)
EISO_PLAN_REMINDER_HOUR = env.int("EISO_PLAN_REMINDER_HOUR", default=7)
# Controlled documents: a reader who has not confirmed "Đã đọc và hiểu" is reminded after this many
# working days; a periodic review is announced this many working days before it is due.
EISO_ACK_REMINDER_WORKING_DAYS = env.int("EISO_ACK_REMINDER_WORKING_DAYS", default=5)
EISO_REVIEW_REMINDER_WORKING_DAYS = env.int("EISO_REVIEW_REMINDER_WORKING_DAYS", default=10)
# Internal audit: auditees (unit heads) are notified this many working days before the audit.
EISO_AUDIT_NOTICE_WORKING_DAYS = env.int("EISO_AUDIT_NOTICE_WORKING_DAYS", default=5)
# Corrective actions: escalated to the ISO coordinators once this many working days late.
EISO_NC_ESCALATION_WORKING_DAYS = env.int("EISO_NC_ESCALATION_WORKING_DAYS", default=5)
# Risks: owners reminded this many working days before a risk's review date, and on the day.
EISO_RISK_REMINDER_WORKING_DAYS = env.int("EISO_RISK_REMINDER_WORKING_DAYS", default=3)

# Background jobs: Django's Tasks API through django-tasks with the database backend.
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "email"],
    }
}

# E-mail: console in development/demo; SMTP settings from the environment in production.
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default=(
        "django.core.mail.backends.smtp.EmailBackend"
        if PRODUCTION
        else "django.core.mail.backends.console.EmailBackend"
    ),
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="eiso <no-reply@eiso.local>")

CACHES = {
    "default": env.cache_url("CACHE_URL", default="locmemcache://eiso"),
    # Rendered template fragments (the menu): in each process's memory, so a deployment with new
    # templates never serves fragments an earlier release left in a shared cache.
    "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "frag"},
}

# Security headers and cookies.
# With a cache every process shares (Redis in production), sessions are read from it and written
# through to the database: one query fewer on every request. A per-process memory cache would keep
# a logged-out session alive in the other processes, so with it sessions stay in the database.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
if CACHES["default"]["BACKEND"] not in PROCESS_LOCAL_CACHES:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 10
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the meta tag, never from the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy: no inline scripts anywhere; every script is a static file.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# eiso domain settings.
EISO_PAGE_SIZE = 25
EISO_DIGEST_HOUR = env.int("EISO_DIGEST_HOUR", default=7)
# Working-day calendar (eiso.core.calendar): working periods of a day in TIME_ZONE (8 h a day).
EISO_WORKING_HOURS = [("08:00", "12:00"), ("13:00", "17:00")]
EISO_CALENDAR_CACHE_SECONDS = env.int("EISO_CALENDAR_CACHE_SECONDS", default=300)
