/* Type-check stub for ring's C when cross-checking for macOS without Apple's SDK
 * (scripts/windows-lane.sh). Never used to build anything that runs. */
#pragma once
#define TARGET_OS_MAC 1
#define TARGET_OS_OSX 1
#define TARGET_OS_IPHONE 0
#define TARGET_OS_IOS 0
#define TARGET_OS_TV 0
#define TARGET_OS_WATCH 0
#define TARGET_OS_SIMULATOR 0
