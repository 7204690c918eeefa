#!/usr/bin/env bash
# Vendor YASGUI's built files into kg/server/static/vendor/yasgui/ (see the README there).
#   scripts/vendor-yasgui.sh            fetch the pinned version from the npm registry, copy dist files
#   scripts/vendor-yasgui.sh --check    only verify the committed files against SHA256SUMS
# Needs npm (any version) for the fetch; the server itself never talks to npm or a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE="@zazuko/yasgui"
VERSION="4.6.2"
# The registry's integrity for that tarball (`npm view @zazuko/yasgui@4.6.2 dist.integrity`).
INTEGRITY="sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw=="
DEST="kg/server/static/vendor/yasgui"
FILES=(yasgui.min.js yasgui.min.css)

if [[ "${1:-}" == "--check" ]]; then
    (cd "$DEST" && sha256sum --check --strict SHA256SUMS)
    exit
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent --ignore-scripts "$PACKAGE@$VERSION" >/dev/null)
tarball="$tmp/zazuko-yasgui-$VERSION.tgz"
got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [[ "$got" != "$INTEGRITY" ]]; then
    echo "integrity mismatch for $PACKAGE@$VERSION: $got" >&2
    exit 1
fi
tar -xzf "$tarball" -C "$tmp"

mkdir -p "$DEST"
rm -f "$DEST"/*.js "$DEST"/*.css "$DEST/SHA256SUMS"
for f in "${FILES[@]}"; do
    cp "$tmp/package/build/$f" "$DEST/$f"
done
(cd "$DEST" && sha256sum "${FILES[@]}" >SHA256SUMS)
echo "$PACKAGE $VERSION" >"$DEST/VERSION"
du -cb "$DEST"/* | tail -1 | awk -v d="$DEST" '{printf "%s: %.2f MB\n", d, $1 / 1e6}'
