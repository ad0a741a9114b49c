// A fixture for the layering test, never compiled: a store including another on its floor.
#pragma once
#include "core/places/place.h"
#include "core/storage/database.h"
