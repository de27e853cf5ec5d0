/* A test shim for Wine 8 only, never shipped: Rust's std (since 1.78) imports
 * ProcessPrng from bcryptprimitives.dll, which Wine 8 lacks. This DLL, built
 * with mingw and copied into the throw-away prefix's system32 by
 * scripts/wine-session.sh, answers it from RtlGenRandom (SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
