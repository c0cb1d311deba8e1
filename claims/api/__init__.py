"""REST API views (``…Api`` classes), mounted at /api/v1/ by claims/api_urls.py."""
