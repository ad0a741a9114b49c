// A fixture for the layering test, never compiled: a store including another on its floor.
#pragma once
#include "core/storage/database.h"
#include "core/places/place.h"
