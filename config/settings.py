"""The only settings module. Every capability has its own environment variable (.env.example)."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config import env

BASE_DIR = Path(__file__).resolve().parent.parent

try:
    DEBUG = env.env_bool("DJANGO_DEBUG", True)
    SECRET_KEY = env.env_str("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env.env_list("DJANGO_ALLOWED_HOSTS", [])
    DATABASE_URL = env.env_url("DATABASE_URL", ("postgres", "postgresql", "sqlite"))
    REDIS_URL = env.env_url("REDIS_URL", ("redis", "rediss"))
    SQLITE_PATH = env.env_str("SQLITE_PATH", str(BASE_DIR / "db.sqlite3"))
    INGEST_MAX_BODY_CHARS = env.env_int("INGEST_MAX_BODY_CHARS", 500_000, minimum=1)
    ARTICLE_MAX_CLAIMS = env.env_int("ARTICLE_MAX_CLAIMS", 5_000, minimum=1)
    REVIEW_LEASE_SECONDS = env.env_int("REVIEW_LEASE_SECONDS", 600, minimum=10)
    REVIEW_SECOND_OPINION = env.env_bool("REVIEW_SECOND_OPINION", True)
    LINK_MAX_CANDIDATES = env.env_int("LINK_MAX_CANDIDATES", 10, minimum=1)
    LINK_DATE_WINDOW_DAYS = env.env_int("LINK_DATE_WINDOW_DAYS", 0, minimum=0)
    LINK_MAX_KEY_FREQUENCY = env.env_int("LINK_MAX_KEY_FREQUENCY", 500, minimum=1)
    LOG_LEVEL = env.env_str("LOG_LEVEL", "INFO")
    CELERY_VISIBILITY_TIMEOUT = env.env_int("CELERY_VISIBILITY_TIMEOUT", 900, minimum=1)
    API_THROTTLE_PER_MINUTE = env.env_int("API_THROTTLE_PER_MINUTE", 1200, minimum=1)
    LOGIN_ATTEMPTS_PER_WINDOW = env.env_int("LOGIN_ATTEMPTS_PER_WINDOW", 5, minimum=1)
    LOGIN_ATTEMPTS_PER_IP_WINDOW = env.env_int("LOGIN_ATTEMPTS_PER_IP_WINDOW", 50, minimum=1)
    LOGIN_WINDOW_SECONDS = env.env_int("LOGIN_WINDOW_SECONDS", 900, minimum=1)
    LOGIN_CLIENT_IP_HEADER = env.env_str("LOGIN_CLIENT_IP_HEADER")
    API_TOKEN_EXPIRY_DAYS = env.env_int("API_TOKEN_EXPIRY_DAYS", 90, minimum=1)
    METRICS_ALLOWED_IPS = env.env_list("METRICS_ALLOWED_IPS", [])
    CLAIMREVIEW_AUTHOR = env.env_str("CLAIMREVIEW_AUTHOR", "Claim and source credibility tracker")
    CORS_ALLOWED_ORIGINS = env.env_origins("CORS_ALLOWED_ORIGINS")
except env.EnvError as error:
    raise ImproperlyConfigured(str(error)) from None

if not DEBUG:
    missing = [
        name
        for name, value in (("DJANGO_SECRET_KEY", SECRET_KEY), ("DJANGO_ALLOWED_HOSTS", ALLOWED_HOSTS))
        if not value
    ]
    if missing:
        raise ImproperlyConfigured(f"DJANGO_DEBUG=false requires {' and '.join(missing)}")
else:
    SECRET_KEY = SECRET_KEY or "insecure-development-key-only-used-when-DJANGO_DEBUG-is-true"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "corsheaders",
    "django_prometheus",
    "sources",
    "claims",
    "incidents",
    "hooks",
    "tokens",
    "frontend",
]

MIDDLEWARE = [
    # First and last, so the request metrics time everything in between.
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware, so its redirects and answers carry the CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ]
        },
    }
]

if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            # Writers wait for each other instead of failing at once with "database is locked".
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
# Stages report through the database (article status), not through Celery results; not waiting on
# results also keeps publishing independent of the result store when Redis is away.
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task that is not acknowledged within this time is delivered again; longer than any task runs.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
# When the broker is down, publishing fails within about a second instead of blocking ingestion.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_ROUTES = {
    "claims.tasks.article_segment_task": {"queue": "segment"},
    "claims.tasks.article_link_task": {"queue": "link"},
    "sources.tasks.source_score_task": {"queue": "score"},
    "incidents.tasks.article_incidents_task": {"queue": "link"},
    # A slow or dead receiver waits on its own queue, never in front of the pipeline stages.
    "hooks.tasks.delivery_send_task": {"queue": "hooks"},
    "claims.tasks.ingest_job_task": {"queue": "default"},
}
CELERY_TASK_DEFAULT_QUEUE = "default"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # Not a rule on passwords: Django tells it when a password changes, and it revokes the API tokens.
    {"NAME": "tokens.validators.RevokeTokensOnPasswordChange"},
]
LOGIN_URL = "frontend:login"
LOGIN_REDIRECT_URL = "frontend:queue"
LOGOUT_REDIRECT_URL = "frontend:login"

LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "frontend" / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"  # filled by `manage.py collectstatic` for production
# In debug, WhiteNoise serves straight from the apps' static folders; in production from STATIC_ROOT.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_SSL_REDIRECT = env.env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Browsers on CORS_ALLOWED_ORIGINS may call the API with a token; no cookies cross origins, and the
# web pages are never shared.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_CREDENTIALS = False

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tokens.authentication.HashedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # Everything but /api/v1/health/ needs at least the reader role (claims/roles.py).
    "DEFAULT_PERMISSION_CLASSES": ["claims.roles.IsReader"],
    "DEFAULT_FILTER_BACKENDS": ["config.api.StrictFilterBackend"],
    "DEFAULT_PARSER_CLASSES": ["config.api.NestingSafeJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "config.api.Pages",
    "DEFAULT_METADATA_CLASS": "config.api.InputMetadata",
    "DEFAULT_THROTTLE_CLASSES": ["config.api.ResilientUserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": f"{API_THROTTLE_PER_MINUTE}/min"},
    "EXCEPTION_HANDLER": "config.api_errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claim and source credibility tracker API",
    "VERSION": "1.0.0",
    # 3.1: a nullable reference or choice is "oneOf: [..., {type: null}]", which validators and
    # generators read alike; 3.0's "nullable" beside "allOf" or "oneOf" is ignored by strict ones.
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["claims.roles.IsReader"],
    "COMPONENT_SPLIT_REQUEST": True,
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 1, "maximum": 999_999_999_999_999_999}},
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "claims.models.Status",
        "LinkStatusEnum": "claims.models.LinkStatus",
        "RelationEnum": "claims.models.Relation",
        "HoldsEnum": "claims.models.Holds",
        "DecisionEnum": "claims.serializers.DECISION_CHOICES",
        "FlagStateEnum": "claims.models.FlagState",
        "IngestJobStatusEnum": "claims.models.JobStatus",
        "ModalityEnum": "claims.models.Modality",
        "SourceKindEnum": "sources.models.Kind",
        "AffiliationEnum": "sources.models.Affiliation",
        "HookEventEnum": "hooks.models.Event",
        "DeliveryStatusEnum": "hooks.models.DeliveryStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api_errors.add_error_responses",
        "config.api_schema.open_evidence",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
