# kg: build the knowledge graph from Arabic news and serve it over SPARQL.
#   docker build -t kg .        (or: docker compose up, see docker-compose.yml)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# torch first, from the CPU-only index: the default PyPI wheel drags in ~2 GB of CUDA libraries a
# CPU server never uses, and once this torch is installed `pip install .` keeps it (stanza accepts it).
# Its own layer, so editing kg does not re-download it. Keep the pin equal to .ci/run
# (tests/test_compose.py checks this).
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

WORKDIR /app
# .dockerignore keeps the venv, git history, tests and caches out of the context.
COPY . .
RUN pip install . \
    && useradd --create-home --uid 1000 kg \
    && mkdir -p /data \
    && chown kg:kg /data

# Not root: the server parses untrusted SPARQL. A fresh named volume on /data inherits this owner.
USER kg
EXPOSE 8000
CMD ["kg", "serve", "--store", "/data/kg", "--host", "0.0.0.0", "--port", "8000"]
