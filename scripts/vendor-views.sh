#!/usr/bin/env bash
# Vendor the map, graph and world-outline packages of the result/entity views into
# kg/server/static/vendor/<name>/ (see the README there).
#   scripts/vendor-views.sh            fetch the pinned versions from the npm registry, check, copy
#   scripts/vendor-views.sh --check    only verify the committed files against each SHA256SUMS
# Needs npm (any version) for the fetch; the server itself never talks to npm or a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."

VENDOR="kg/server/static/vendor"
# name  package@version  registry integrity (`npm view PKG@VER dist.integrity`)  files (tarball path[:as])
PACKAGES=(
  "leaflet|leaflet@1.9.4|sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==|dist/leaflet.js dist/leaflet.css LICENSE"
  "cytoscape|cytoscape@3.35.0|sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g==|dist/cytoscape.min.js LICENSE"
  "topojson-client|topojson-client@3.1.0|sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==|dist/topojson-client.min.js LICENSE"
  "world-atlas|world-atlas@2.0.2|sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==|countries-110m.json LICENSE"
)

if [[ "${1:-}" == "--check" ]]; then
    for entry in "${PACKAGES[@]}"; do
        IFS="|" read -r name _ _ _ <<<"$entry"
        (cd "$VENDOR/$name" && sha256sum --check --strict SHA256SUMS)
    done
    exit
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for entry in "${PACKAGES[@]}"; do
    IFS="|" read -r name spec integrity files <<<"$entry"
    pkg="${spec%@*}"
    version="${spec##*@}"
    (cd "$tmp" && npm pack --silent --ignore-scripts "$spec" >/dev/null)
    tarball="$tmp/$pkg-$version.tgz"
    got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
    if [[ "$got" != "$integrity" ]]; then
        echo "integrity mismatch for $spec: $got" >&2
        exit 1
    fi
    mkdir -p "$tmp/$name"
    tar -xzf "$tarball" -C "$tmp/$name"
    dest="$VENDOR/$name"
    rm -rf "$dest"
    mkdir -p "$dest"
    names=()
    for f in $files; do
        cp "$tmp/$name/package/$f" "$dest/$(basename "$f")"
        names+=("$(basename "$f")")
    done
    (cd "$dest" && sha256sum "${names[@]}" >SHA256SUMS)
    echo "$pkg $version" >"$dest/VERSION"
    du -cb "$dest"/* | tail -1 | awk -v d="$dest" '{printf "%s: %.0f kB\n", d, $1 / 1e3}'
done
