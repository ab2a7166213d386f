/* A stand-in for bcryptprimitives.dll's ProcessPrng, for Wine 8 only (never shipped).
 *
 * Rust's standard library (1.78+) takes its random numbers from ProcessPrng in
 * bcryptprimitives.dll, present on Windows 8 and later; Wine 8.0 has no such DLL, so Windows
 * wheels built with Rust (cryptography's _rust.pyd) fail to load under it ("DLL load failed").
 * packaging/windows/build.sh compiles this with Debian's MinGW-w64 into the Wine prefix's
 * system32, where Windows' own DLL lives; PyInstaller does not bundle system DLLs.
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32 SystemFunction036), the system's
 * cryptographic generator, and always returns TRUE, as Microsoft documents ProcessPrng to. */
#include <windows.h>

typedef BOOLEAN (WINAPI *rtl_gen_random)(PVOID, ULONG);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    static rtl_gen_random generate;
    if (!generate) {
        HMODULE advapi32 = LoadLibraryA("advapi32.dll");
        generate = advapi32 ? (rtl_gen_random)GetProcAddress(advapi32, "SystemFunction036") : NULL;
        if (!generate)
            ExitProcess(1);  /* no randomness at all: stop rather than hand out zeros */
    }
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!generate(data, chunk))
            ExitProcess(1);
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
