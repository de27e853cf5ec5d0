/* Type-check stub (see TargetConditionals.h). */
#pragma once
#define assert(x) ((void)0)
