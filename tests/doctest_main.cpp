// The doctest runner shared by every test executable; it prints doctest's summary line.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
