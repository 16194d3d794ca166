/* Stand-in for Windows' bcryptprimitives.dll, for running the Windows build under Wine only (never shipped, never
 * installed on a school's PC). cryptography's Rust module imports ProcessPrng from it (Windows 10 and later); Wine 8
 * lacks it. ProcessPrng fills the buffer from the system's generator, through Wine's BCryptGenRandom.
 * Built by packaging/windows/wine-stand-ins with mingw-w64. */
#include <windows.h>
#include <bcrypt.h>

#ifndef BCRYPT_USE_SYSTEM_PREFERRED_RNG
#define BCRYPT_USE_SYSTEM_PREFERRED_RNG 0x00000002
#endif

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
