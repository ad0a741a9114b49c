# Debian package: `cpack -G DEB` in a build directory (packaging/deb.sh does it for a release).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "banthuek")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Banthuek developers <developers@banthuek.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # banthuek_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${BANTHUEK_HOMEPAGE}")
# Library dependencies come from dpkg-shlibdeps. It cannot see what Qt loads at run time (the
# platform, image and icon plugins) or the fonts that Thai reports are set in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-image-formats-plugins, libqt6svg6, fonts-thai-tlwg, hunspell-th, hunspell-en-us | hunspell-en-gb")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-core, xdg-utils")
# The control file's Description: CPack writes the summary as the synopsis and indents each
# line of the long text; an empty line becomes the " ." paragraph break.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline notebook for Thai community-development teams")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Banthuek keeps a team's field notes, comments, meeting minutes and
community master-plan data in one file on each laptop, and links every
note to the subdistricts and themes it is about. Thai full-text search,
minutes with action items, monthly summaries as PDF and ODT, team
exchange without a server, photos and files, import from GotoKnow and
Markdown folders, and a published subdistrict blog. Thai and English.

บันทึก (Banthuek) เก็บบันทึกภาคสนาม ความเห็น บันทึกการประชุม
และข้อมูลแผนแม่บทชุมชนของทีมไว้ในแฟ้มเดียวบนเครื่องของแต่ละคน
และโยงทุกบันทึกกับตำบลและประเด็นที่เกี่ยวข้อง ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต")
include(CPack)
