# The Debian package, made by CPack (`cmake --workflow --preset package` or scripts/package).
# Depends is computed by dpkg-shlibdeps from the programs' libraries; only what Qt loads as
# plugins at run time (and dpkg-shlibdeps therefore cannot see) is named here by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME aftercare)
set(CPACK_PACKAGE_VENDOR "The Aftercare contributors")
set(CPACK_PACKAGE_CONTACT "Aftercare maintainers <aftercare-journal@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private journal for tears or low moods during or after sex")
set(CPACK_PACKAGE_DESCRIPTION
    "Some people cry, or feel sad or irritable, during or after sex, even when it
was wanted and good. Aftercare is a calm, private place to reflect on those
moments with a few gentle questions, to see what keeps coming back over the
months, and to prepare a summary for a therapist if wanted.
.
Everything stays on this computer in an encrypted database (SQLCipher, with
the key locked by an Argon2id-derived passphrase key). There is no network
code. The package holds the desktop app (aftercare), a command-line tool
(aftercare-cli) and the PDF summary tool (aftercare-report).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# A Debian revision (0.1.0-1): the package is not a native Debian package, so its changelog is
# changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/aftercare-journal/aftercare")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The X11/Wayland platform plugins and the SVG icon/image plugins are loaded with dlopen.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
