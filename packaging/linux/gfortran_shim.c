/* The four functions of the GNU Fortran run-time library that numpy's OpenBLAS imports
 * (its LAPACK is Fortran), in place of libgfortran (2.8 MB) and libquadmath (0.25 MB).
 * packaging/linux/slim_bundle.py builds this as libgfortran-*.so.5 with the symbol
 * version GFORTRAN_8, only if OpenBLAS imports nothing else from libgfortran.
 *
 * Each function does what libgfortran's does (GCC's libgfortran/intrinsics/
 * string_intrinsics_inc.c, etime.c and generated/pow_r4_i8.c, pow_r8_i8.c): the same
 * arithmetic in the same order, so results are bit for bit the same.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>

/* CHARACTER concatenation: dest = s1 // s2, truncated or padded with blanks. */
void _gfortran_concat_string(size_t destlen, char *dest, size_t len1, const char *s1,
                             size_t len2, const char *s2)
{
    if (len1 >= destlen) {
        memcpy(dest, s1, destlen);
        return;
    }
    memcpy(dest, s1, len1);
    dest += len1;
    destlen -= len1;
    if (len2 >= destlen) {
        memcpy(dest, s2, destlen);
        return;
    }
    memcpy(dest, s2, len2);
    memset(dest + len2, ' ', destlen - len2);
}

/* x ** n for REAL x and INTEGER(8) n, by repeated squaring as libgfortran does. */
#define POW_REAL_I8(NAME, REAL)                 \
    REAL NAME(REAL a, int64_t b)                \
    {                                           \
        REAL pow = 1, x = a;                    \
        uint64_t u;                             \
        if (b != 0) {                           \
            if (b < 0) {                        \
                u = -(uint64_t)b;               \
                x = pow / x;                    \
            } else {                            \
                u = (uint64_t)b;                \
            }                                   \
            for (;;) {                          \
                if (u & 1)                      \
                    pow *= x;                   \
                u >>= 1;                        \
                if (u)                          \
                    x *= x;                     \
                else                            \
                    break;                      \
            }                                   \
        }                                       \
        return pow;                             \
    }

POW_REAL_I8(_gfortran_pow_r4_i8, float)
POW_REAL_I8(_gfortran_pow_r8_i8, double)

/* ETIME(TARRAY): TARRAY(1) user, TARRAY(2) system CPU seconds; returns their sum.
 * TARRAY comes as a GNU Fortran array descriptor (GCC 8 and later). */
struct gfc_dim { ptrdiff_t stride, lbound, ubound; };
struct gfc_array_r4 {
    float *base_addr;
    size_t offset;
    struct { size_t elem_len; int version; signed char rank, type; short attribute; } dtype;
    ptrdiff_t span;
    struct gfc_dim dim[1];
};

float _gfortran_etime(struct gfc_array_r4 *t)
{
    struct rusage usage;
    float tu = -1.0f, ts = -1.0f, tt = -1.0f;
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
        tu = (float)((float)usage.ru_utime.tv_sec + 1.e-6 * usage.ru_utime.tv_usec);
        ts = (float)((float)usage.ru_stime.tv_sec + 1.e-6 * usage.ru_stime.tv_usec);
        tt = tu + ts;
    }
    if (t->dim[0].ubound - t->dim[0].lbound + 1 >= 2) {
        t->base_addr[0] = tu;
        t->base_addr[t->dim[0].stride] = ts;
    }
    return tt;
}
