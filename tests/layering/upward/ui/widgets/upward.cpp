// A fixture for the layering test, never compiled: a plain widget reaching for the session.
#include "ui/session/session.h"
