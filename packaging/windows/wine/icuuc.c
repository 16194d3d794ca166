/* Stand-in for Windows' icuuc.dll, for running the Windows build under Wine only (never shipped, never installed on
 * a school's PC). Qt6Core imports these converter functions from the ICU that Windows 10 1903 and later carry;
 * Wine 8 has no icuuc.dll, so without this the app does not start under Wine. Every converter is "not available"
 * (ucnv_open fails with U_FILE_ACCESS_ERROR, none are listed): Qt then uses its own UTF-8, UTF-16 and Latin-1
 * converters, which are all the app needs. Built by packaging/windows/wine-stand-ins with mingw-w64. */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define FAIL(err) do { if ((err) && *(err) <= 0) *(err) = U_FILE_ACCESS_ERROR; } while (0)

void *ucnv_open(const char *name, UErrorCode *err) { (void)name; FAIL(err); return NULL; }
void ucnv_close(void *cnv) { (void)cnv; }
void ucnv_reset(void *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; FAIL(err); return ""; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; FAIL(err); return NULL;
}
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
int32_t ucnv_countAvailable(void) { return 0; }
void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_setToUCallBack(void *cnv, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) {
    (void)cnv; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; FAIL(err);
}
void ucnv_setFromUCallBack(void *cnv, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) {
    (void)cnv; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; FAIL(err);
}
void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset; FAIL(err);
}
void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *end, int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)end; (void)offset; FAIL(err);
}
void ucnv_toUnicode(void *cnv, UChar **t, const UChar *te, const char **s, const char *se, int32_t *o, int8_t f,
                    UErrorCode *err) {
    (void)cnv; (void)t; (void)te; (void)s; (void)se; (void)o; (void)f; FAIL(err);
}
void ucnv_fromUnicode(void *cnv, char **t, const char *te, const UChar **s, const UChar *se, int32_t *o, int8_t f,
                      UErrorCode *err) {
    (void)cnv; (void)t; (void)te; (void)s; (void)se; (void)o; (void)f; FAIL(err);
}
int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; FAIL(err); return 0; }
int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; FAIL(err); return 0; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const UChar *u, int32_t l, int32_t cp, int r,
                                     UErrorCode *err) {
    (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; (void)err;
}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int r, UErrorCode *err) {
    (void)c; (void)a; (void)b; (void)l; (void)r; (void)err;
}
