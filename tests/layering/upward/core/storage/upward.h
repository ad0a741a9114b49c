// A fixture for the layering test, never compiled: the ground floor reaching up to a store.
#pragma once
#include "core/notes/note.h"
