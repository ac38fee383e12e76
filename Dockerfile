# Production image: gunicorn behind the port, static files by WhiteNoise, a non-root user.
# Tesseract with its Korean model reads scanned and image resumes (the worker runs it).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=careercoach.settings \
    STATIC_MANIFEST=1 \
    CAREERCOACH_VAR_DIR=/app/var

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext tesseract-ocr tesseract-ocr-kor \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 careercoach

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=careercoach:careercoach . .
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && mkdir -p /app/var && chown -R careercoach:careercoach /app/var

USER careercoach
EXPOSE 8000
CMD ["gunicorn", "careercoach.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "4", "--access-logfile", "-"]
