# Debian package: `cpack -G DEB` in a release build directory.
set(CPACK_PACKAGE_NAME "banthuek")
set(CPACK_PACKAGE_CONTACT "Banthuek maintainers <maintainers@banthuek.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Banthuek maintainers")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The dependency scan misses Qt's run-time plugins and the Thai fonts the reports use.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-thai-tlwg")
include(CPack)
