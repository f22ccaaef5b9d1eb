#!/usr/bin/env sh
# Studio Desk for Linux: add the unpacked folder to your desktop's menu (no root needed).
#   tar -xzf StudioDesk-<version>-linux-x86_64.tar.gz && StudioDesk/install.sh
# Installs the icon into ~/.local/share/icons/hicolor and a desktop entry into
# ~/.local/share/applications pointing at this folder. To remove: StudioDesk/install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/studio-desk.desktop"
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$data"/icons/hicolor/*/apps/studio-desk.png "$data"/icons/hicolor/scalable/apps/studio-desk.svg
    echo "Studio Desk removed from the menu ($here itself is left in place)."
    exit 0
fi
icons="$here/_internal/resources/icons"
for png in "$icons"/hicolor/*/apps/studio-desk.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$data/icons/hicolor/$size/apps" && cp "$png" "$data/icons/hicolor/$size/apps/"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$icons/studio-desk.svg" "$data/icons/hicolor/scalable/apps/studio-desk.svg"
sed -e "s|^Exec=.*|Exec=\"$here/StudioDesk\"|" -e "s|^TryExec=.*|TryExec=$here/StudioDesk|" \
    "$here/studio-desk.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Studio Desk added to the menu: $entry"
