"""Packaging: one version source, resources found through one helper (checkout and bundle), the icon
files, the desktop entry and its installer, the bundle's rules, and the About dialog."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from studio_app.text import i18n
from studio_app.files import resources
from studio_app import COMPONENT_DISTRIBUTIONS, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _packaging_module(name: str):
    # packaging/ is not a Python package (it would shadow PyPI's `packaging`): load the file itself.
    spec = importlib.util.spec_from_file_location(f"studio_desk_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bundle_rules():
    return _packaging_module("bundle")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# --- version -------------------------------------------------------------------------------------

def test_version_comes_from_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert __version__ == pyproject["project"]["version"]


# --- resources -----------------------------------------------------------------------------------

@pytest.mark.parametrize("parts", [("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
                                   ("fonts", "LICENSE-DejaVu.txt"), ("texts", "en.json"), ("texts", "tr.json"), ("mail", "el.json"),
                                   ("icons", "studio-desk.svg"), ("icons", "studio-desk.ico"),
                                   ("icons", "studio-desk.icns")])
def test_resource_path_finds_shipped_files(parts):
    assert resources.resource_path(*parts).is_file()


def test_resource_path_inside_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_per_size(size):
    path = resources.resource_path("icons", "hicolor", f"{size}x{size}", "apps", "studio-desk.png")
    assert _png_size(path) == (size, size)


def test_windows_and_macos_icon_containers():
    ico = resources.resource_path("icons", "studio-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = resources.resource_path("icons", "studio-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns


# --- desktop entry -------------------------------------------------------------------------------

def test_desktop_entry():
    path = PACKAGING / "studio-desk.desktop"
    entry = _desktop_entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "Studio Desk"
    assert entry["Exec"].split()[0] == "StudioDesk" and entry["Terminal"] == "false"
    assert entry["Icon"] == "studio-desk" and entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_linux_install_script_points_the_menu_at_the_unpacked_folder(tmp_path):
    app = tmp_path / "unpacked here" / "StudioDesk"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "resources").symlink_to(ROOT / "resources")
    shutil.copy(PACKAGING / "studio-desk.desktop", app)
    shutil.copy(PACKAGING / "install-linux.sh", app / "install.sh")
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    subprocess.run(["sh", str(app / "install.sh")], check=True, env=env, capture_output=True)
    installed = data / "applications" / "studio-desk.desktop"
    assert _desktop_entry(installed)["Exec"] == f'"{app}/StudioDesk"'
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "studio-desk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "studio-desk.svg").is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    subprocess.run(["sh", str(app / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not installed.exists()


# --- what the bundle keeps -----------------------------------------------------------------------

def test_bundle_keeps_what_the_app_uses():
    rules = _bundle_rules()
    assert rules.LANGUAGES == i18n.LANGUAGES
    for language in i18n.LANGUAGES:  # every locale the documents format with keeps its Babel data
        assert rules.keep(f"babel/locale-data/{i18n.locale_for(language)}.dat")
        assert rules.keep(f"babel/locale-data/{language}.dat")
    kept = ["babel/locale-data/root.dat", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Charts.so.6",
            "libQt6Widgets.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
            "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
            "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "PySide6/Qt/translations/qtbase_tr.qm",
            "PySide6/Qt/translations/qt_en.qm", "resources/fonts/DejaVuSans.ttf",
            "resources/icons/hicolor/16x16/apps/studio-desk.png", "PySide6\\Qt6Core.dll",
            "PySide6\\translations\\qtbase_el.qm", "resources/translations/studio_desk_tr.qm"]
    dropped = ["babel/locale-data/de.dat", "babel/locale-data/zh_Hant_TW.dat", "PySide6/Qt/lib/libQt6Qml.so.6",
               "libQt6Quick.so.6", "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "PySide6\\Qt6QmlModels.dll",
               "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
               "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
               "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/tls/libqopensslbackend.so",
               "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "PySide6/Qt/translations/qtbase_de.qm",
               "PySide6/Qt/translations/qt_help_zh_CN.qm", "PySide6\\translations\\qtbase_de.qm"]
    assert [path for path in kept if not rules.keep(path)] == []
    assert [path for path in dropped if rules.keep(path)] == []


def test_bundle_excludes_only_qt_modules_the_app_does_not_use():
    import PySide6
    rules = _bundle_rules()
    excluded = set(rules.qt_excludes(PySide6.__all__))
    for name in rules.QT_USED:
        assert f"PySide6.{name}" not in excluded
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.Qt3DCore"} <= excluded
    assert set(rules.qt_hiddenimports()) == {f"PySide6.{name}" for name in rules.QT_USED}


def test_bundle_leaves_out_pkg_resources_and_its_start_up_hook():
    # Nothing on Python 3.11 needs it (stdnum and babel fall back to it on old Pythons only), and with it in the
    # bundle PyInstaller's runtime hook scanned every distribution at each start.
    assert "pkg_resources" in _bundle_rules().PYTHON_EXCLUDES


def test_bundle_prunes_libraries_only_dropped_files_needed():
    rules = _bundle_rules()
    before = [("plugins/theme.so", "src/theme", "BINARY"), ("plugins/xcb.so", "src/xcb", "BINARY"),
              ("libcairo.so.2", "src/cairo", "BINARY"), ("libpixman.so.0", "src/pixman", "BINARY"),
              ("libz.so.1", "src/z", "BINARY"), ("libpython3.so", "src/python", "BINARY")]
    needs = {"src/theme": {"libcairo.so.2", "libz.so.1"}, "src/cairo": {"/usr/lib/libpixman.so.0", "libz.so.1"},
             "src/xcb": {"libz.so.1"}}
    after = [entry for entry in before if entry[0] != "plugins/theme.so"]
    # cairo, and pixman through it, go; zlib is still needed; libpython was never a dependency: kept.
    assert rules.new_orphans(before, after, lambda source: needs.get(source, set())) == {"libcairo.so.2",
                                                                                        "libpixman.so.0"}
    links = [("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
             ("libcairo.so.2", "deps/libcairo.so.2", "SYMLINK"), ("libz.so.1", "deps/libz.so.1", "SYMLINK")]
    assert rules.filter_entries(links, dropped={"deps/libcairo.so.2"}) == [links[2]]


def test_build_spec_is_valid_python_and_uses_the_rules():
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(text, "build.spec", "exec")
    assert "copy_metadata" in text and "COMPONENT_DISTRIBUTIONS" in text and "bundle.filter_entries" in text
    assert "icu_data.swap_into" in text


def test_build_spec_writes_what_the_bundle_was_built_from():
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "build_info.write" in text and "(str(info), \".\")" in text


def test_the_bundles_first_qt_import_is_the_apps_own():
    """PyInstaller's PySide6 hook imports QtCore before main.py: our hook before it (rth_qt.py) makes that import
    ui/__init__.py's, so the bundle, too, compiles no bracket-tower pattern and keeps no source-reading import hook."""
    code = ("import re._compiler as c; big = []; original = c.compile\n"
            "def counting(pattern, *args, **kwargs):\n"
            "    big.append(1) if len(str(pattern)) > 3000 else None\n"
            "    return original(pattern, *args, **kwargs)\n"
            f"c.compile = counting; import runpy; runpy.run_path({str(PACKAGING / 'rth_qt.py')!r})\n"
            "import builtins, importlib; importlib.import_module('PySide6.QtCore')  # as pyi_rth_pyside6 does\n"
            "print(len(big), builtins.__import__.__name__ != '__feature_import__')")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env=env, cwd=ROOT)
    assert done.stdout.split() == ["0", "True"]


def test_the_bundle_starts_without_garbage_collection_and_without_multiprocessing():
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'runtime_hooks=[str(ROOT / "packaging" / "rth_gc.py"), str(ROOT / "packaging" / "rth_qt.py")]' in text
    assert "gc.disable()" in (PACKAGING / "rth_gc.py").read_text(encoding="utf-8")
    assert "multiprocessing" in _bundle_rules().PYTHON_EXCLUDES
    assert not any(line.lstrip().startswith(("import multiprocessing", "from multiprocessing"))
                   for path in (ROOT / "studio_app").rglob("*.py") for line in path.read_text(encoding="utf-8").splitlines())


def _bundle(tmp_path: Path, info: dict | None) -> Path:
    dist = tmp_path / "StudioDesk"
    (dist / "_internal").mkdir(parents=True)
    (dist / "StudioDesk").write_text("#!/bin/sh\nexit 1\n")
    (dist / "StudioDesk").chmod(0o755)
    if info is not None:
        _packaging_module("build_info").write(info, dist / "_internal")
    return dist


def test_benchmark_skips_a_stale_bundle_instead_of_failing(tmp_path, capsys):
    from benchmarks import package
    from benchmarks.common import Settings
    from studio_app.store.migrations import LATEST
    info = _packaging_module("build_info")
    tree = info.describe(ROOT, __version__, LATEST)
    settings = Settings(reps=1, quick=True)
    for bundle in (None, {**tree, "schema": LATEST - 1}, {**tree, "revision": "0" * 40}):
        # the bundle's program would fail if it ran: it must not be started
        assert package.figures(tmp_path / "none.sqlite3", settings, _bundle(tmp_path / str(id(bundle)), bundle)) == []
        said = capsys.readouterr().err
        assert "stale bundle" in said and "run make package" in said
    assert package.stale_reason(_bundle(tmp_path / "this", tree)) is None


# --- ICU's data, trimmed -------------------------------------------------------------------------

def test_icu_data_keeps_the_app_languages_and_what_every_locale_needs():
    icu = _packaging_module("icu_data")
    assert icu.LANGUAGES == _bundle_rules().LANGUAGES
    kept = ["root.res", "pool.res", "res_index.res", "en_GB.res", "tr.res", "el_CY.res", "ms.res", "coll/root.res",
            "coll/tr.res", "coll/el.res", "coll/ucadata.icu", "zone/tzdbNames.res", "zone/en_001.res", "curr/ms.res",
            "likelySubtags.res", "supplementalData.res", "zoneinfo64.res", "uts46.nrm", "brkitr/cjdict.dict",
            "brkitr/ja.res", "translit/root.res", "cnvalias.icu"]
    for item in kept:
        assert not icu.dropped(item, 10_000), item
    assert not icu.dropped("ibm-5350_P100-1998.cnv", 12_000)  # windows-1254, single-byte
    for item in ("de.res", "zh_Hant_TW.res", "coll/de.res", "coll/de_.res", "zone/ja.res", "unit/fr_CA.res",
                 "lang/ar.res", "rbnf/ru.res"):
        assert icu.dropped(item, 10_000), item
    assert icu.dropped("ibm-943_P15A-2003.cnv", 200_000)  # Shift-JIS: a large multi-byte table


CHECK_ICU = """
import functools
from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
words = ["zeytin", "ışık", "İzmir", "iğne", "çay", "Ankara", "Ωμέγα", "άλφα"]
for name in ("tr_TR", "el_GR", "de_DE"):
    print(name, " ".join(sorted(words, key=functools.cmp_to_key(QCollator(QLocale(name)).compare))))
zone = QTimeZone(b"Europe/Athens")
print("zone", zone.displayName(QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("el_GR")) != "")
print("codec", QStringDecoder("windows-1254").isValid())
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 bundles ICU on Linux only")
def test_trimmed_icu_data_still_collates_and_names_time_zones(tmp_path):
    icu = _packaging_module("icu_data")
    if icu.missing_tools():
        pytest.skip(f"{', '.join(icu.missing_tools())} not installed (apt: binutils icu-devtools gcc)")
    import PySide6
    library = next(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    small = icu.trimmed(library, tmp_path / "icu")
    assert small.name == library.name and small.stat().st_size < library.stat().st_size / 2
    env = {**os.environ, "LD_LIBRARY_PATH": str(small.parent), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHECK_ICU], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Could not create collator" not in done.stderr, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["tr_TR"] == "Ankara çay ışık iğne İzmir zeytin άλφα Ωμέγα"  # Turkish: ç after c, ı before i
    assert lines["el_GR"] == "άλφα Ωμέγα Ankara çay iğne İzmir ışık zeytin"  # Greek letters first
    assert lines["de_DE"] == "Ankara çay iğne İzmir ışık zeytin άλφα Ωμέγα"  # no data of its own: the root order
    assert lines["zone"] == "True" and lines["codec"] == "True"


# --- About dialog --------------------------------------------------------------------------------

@pytest.mark.gui
def test_about_dialog_shows_version_and_licences(qtbot):
    from ui.dialogs.about import AboutDialog
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version_label.text()
    assert "Bitstream" in dialog.font_licence.toPlainText()
    table = dialog.libraries
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert {"Qt", "PySide6", "ReportLab", "peewee", "Babel", "segno", "platformdirs"} <= rows.keys()
    assert "LGPL" in rows["Qt"][1] and "MIT" in rows["peewee"][1] and "BSD" in rows["ReportLab"][1]
    assert all(version and version != "unknown" for version, _ in rows.values())
    # build.spec copies the metadata of every distribution the dialog reads, so the bundle shows them too
    assert {c.distribution for c in dialog.components() if c.distribution} <= set(COMPONENT_DISTRIBUTIONS)
    dialog.close()


def test_the_bundle_ships_shibokens_support_modules_as_compiled_files(tmp_path):
    """shiboken6 imports them from ``shiboken6/files.dir`` when the folder exists, instead of compiling them from
    the zip inside its library at every start; the bytecode is valid whatever times the bundle's copies carry."""
    import importlib.util as util
    target = _packaging_module("shiboken_files").write(tmp_path / "files.dir")
    loader = target / "shibokensupport" / "signature" / "loader.py"
    assert loader.is_file() and (target / "signature_bootstrap.py").is_file()
    cached = Path(util.cache_from_source(str(loader)))
    flags = int.from_bytes(cached.read_bytes()[4:8], "little")
    assert flags == 0b01  # hash-based, never checked against the source
    assert "files.dir" in (ROOT / "build.spec").read_text()


def test_build_spec_stores_the_modules_and_strips_debugging_information():
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "ZlibArchiveWriter._COMPRESSION_LEVEL = 0" in text and 'name=str(Path(workpath) / "PYZ-stored.pyz")' in text
    assert "debug_info.swap_into" in text


def test_pyinstaller_stores_modules_uncompressed_at_level_0(tmp_path, monkeypatch):
    """build.spec sets the PYZ writer's compression level, an attribute of PyInstaller's class: a PyInstaller that
    stops reading it would silently compress the modules again."""
    import marshal
    writers = pytest.importorskip("PyInstaller.archive.writers")
    from PyInstaller.loader.pyimod01_archive import ZlibArchiveReader
    source = tmp_path / "probe_module.py"
    source.write_text("VALUE = 'studio ' * 500\n", encoding="utf-8")
    code = compile(source.read_text(encoding="utf-8"), str(source), "exec")
    monkeypatch.setattr(writers.ZlibArchiveWriter, "_COMPRESSION_LEVEL", 0)
    writers.ZlibArchiveWriter(str(tmp_path / "probe.pyz"), [("probe_module", str(source), "PYMODULE")],
                              code_dict={"probe_module": code})
    reader = ZlibArchiveReader(str(tmp_path / "probe.pyz"))
    _, _, stored = reader.toc["probe_module"]
    assert stored > len(marshal.dumps(code)) - 100  # the repeated text would shrink to a few dozen bytes compressed
    namespace: dict = {}
    exec(reader.extract("probe_module"), namespace)
    assert namespace["VALUE"] == "studio " * 500


def test_debugging_information_is_stripped_and_the_library_still_loads(tmp_path):
    import ctypes
    debug = _packaging_module("debug_info")
    if shutil.which("gcc") is None or shutil.which("strip") is None:
        pytest.skip("gcc and strip not installed (apt: gcc binutils)")
    (tmp_path / "answer.c").write_text("int studio_answer(void) { return 42; }\n")
    library = tmp_path / "libanswer.so"
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", "-o", str(library), str(tmp_path / "answer.c")], check=True)
    text = tmp_path / "notes.txt"
    text.write_text("not a library\n")
    assert debug.has_debug_info(library) and not debug.has_debug_info(text)
    entries = [("lib/libanswer.so", str(library), "BINARY"), ("notes.txt", str(text), "DATA"),
               ("libanswer.so.1", "lib/libanswer.so", "SYMLINK")]
    swapped, said = debug.swap_into(entries, tmp_path / "stripped")
    assert "stripped from 1 libraries" in said
    assert swapped[1:] == entries[1:] and swapped[0][0] == "lib/libanswer.so" and swapped[0][2] == "BINARY"
    stripped = Path(swapped[0][1])
    assert stripped == tmp_path / "stripped" / "lib" / "libanswer.so"
    assert not debug.has_debug_info(stripped) and stripped.stat().st_size < library.stat().st_size
    assert ctypes.CDLL(str(stripped)).studio_answer() == 42
    unchanged, said = debug.swap_into(swapped, tmp_path / "again")
    assert unchanged == swapped and "no bundled library" in said
