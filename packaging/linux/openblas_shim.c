/*
 * Stand-in for OpenCV's own OpenBLAS (libopenblasp-r0-*.so, 39 MB, plus libgfortran and
 * libquadmath) in Pinscribe's bundle: the BLAS/LAPACK functions that cv2 imports, passed
 * on to the OpenBLAS that numpy's wheel already brings (libscipy_openblas64_, 64-bit
 * integers, "scipy_" prefix, "64_" suffix). Integer arguments are widened on the way in
 * and narrowed on the way out (pivots, info). Built by packaging/linux/slim_bundle.py,
 * which checks that cv2 imports nothing else from the library before replacing it.
 *
 * OpenCV passes LP64 Fortran conventions: every argument by pointer, 32-bit integers.
 * Character arguments are one letter; their hidden Fortran lengths are passed as 1.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t i32;
typedef int64_t i64;
typedef struct { float re, im; } c32;
typedef struct { double re, im; } c64;

/* ---- numpy's OpenBLAS (ILP64) ---------------------------------------------------- */
void scipy_cblas_sgemm64_(int, int, int, i64, i64, i64, float, const float *, i64,
                          const float *, i64, float, float *, i64);
void scipy_cblas_dgemm64_(int, int, int, i64, i64, i64, double, const double *, i64,
                          const double *, i64, double, double *, i64);
void scipy_cblas_cgemm64_(int, int, int, i64, i64, i64, const void *, const void *, i64,
                          const void *, i64, const void *, void *, i64);
void scipy_cblas_zgemm64_(int, int, int, i64, i64, i64, const void *, const void *, i64,
                          const void *, i64, const void *, void *, i64);

#define GETRF(T, P) \
  void scipy_##P##getrf_64_(const i64 *, const i64 *, T *, const i64 *, i64 *, i64 *);
#define GESV(T, P)                                                                    \
  void scipy_##P##gesv_64_(const i64 *, const i64 *, T *, const i64 *, i64 *, T *, \
                           const i64 *, i64 *);
#define POTRF(T, P)                                                                  \
  void scipy_##P##potrf_64_(const char *, const i64 *, T *, const i64 *, i64 *, size_t);
#define POSV(T, P)                                                                   \
  void scipy_##P##posv_64_(const char *, const i64 *, const i64 *, T *, const i64 *, T *, \
                           const i64 *, i64 *, size_t);
#define GEQRF(T, P)                                                                  \
  void scipy_##P##geqrf_64_(const i64 *, const i64 *, T *, const i64 *, T *, T *,     \
                            const i64 *, i64 *);
#define GELS(T, P)                                                                   \
  void scipy_##P##gels_64_(const char *, const i64 *, const i64 *, const i64 *, T *,  \
                           const i64 *, T *, const i64 *, T *, const i64 *, i64 *, size_t);
#define GESDD(T, P)                                                                  \
  void scipy_##P##gesdd_64_(const char *, const i64 *, const i64 *, T *, const i64 *, \
                            T *, T *, const i64 *, T *, const i64 *, T *, const i64 *, \
                            i64 *, i64 *, size_t);
#define DECLARE(T, P) GETRF(T, P) GESV(T, P) POTRF(T, P) POSV(T, P) GEQRF(T, P) \
  GELS(T, P) GESDD(T, P)
DECLARE(float, s)
DECLARE(double, d)
void scipy_dgeev_64_(const char *, const char *, const i64 *, double *, const i64 *,
                     double *, double *, double *, const i64 *, double *, const i64 *,
                     double *, const i64 *, i64 *, size_t, size_t);

/* ---- what cv2 calls (LP64) ------------------------------------------------------- */
void cblas_sgemm(int o, int ta, int tb, i32 m, i32 n, i32 k, float alpha, const float *a,
                 i32 lda, const float *b, i32 ldb, float beta, float *c, i32 ldc) {
  scipy_cblas_sgemm64_(o, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_dgemm(int o, int ta, int tb, i32 m, i32 n, i32 k, double alpha, const double *a,
                 i32 lda, const double *b, i32 ldb, double beta, double *c, i32 ldc) {
  scipy_cblas_dgemm64_(o, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_cgemm(int o, int ta, int tb, i32 m, i32 n, i32 k, const void *alpha,
                 const void *a, i32 lda, const void *b, i32 ldb, const void *beta, void *c,
                 i32 ldc) {
  scipy_cblas_cgemm64_(o, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_zgemm(int o, int ta, int tb, i32 m, i32 n, i32 k, const void *alpha,
                 const void *a, i32 lda, const void *b, i32 ldb, const void *beta, void *c,
                 i32 ldc) {
  scipy_cblas_zgemm64_(o, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

/* Pivot arrays: widened copies, narrowed back. */
static i64 *wide(i32 count) {
  i64 *p = calloc(count > 0 ? (size_t)count : 1, sizeof(i64));
  if (!p) abort();
  return p;
}
static void narrow(i32 *out, const i64 *in, i32 count) {
  for (i32 i = 0; i < count; i++) out[i] = (i32)in[i];
}
#define MIN(a, b) ((a) < (b) ? (a) : (b))

#define DEFINE(T, P)                                                                  \
  void P##getrf_(const i32 *m, const i32 *n, T *a, const i32 *lda, i32 *ipiv, i32 *info) { \
    i64 M = *m, N = *n, LDA = *lda, INFO = 0, *piv = wide(MIN(*m, *n));               \
    scipy_##P##getrf_64_(&M, &N, a, &LDA, piv, &INFO);                                \
    narrow(ipiv, piv, MIN(*m, *n)); free(piv); *info = (i32)INFO;                     \
  }                                                                                   \
  void P##gesv_(const i32 *n, const i32 *nrhs, T *a, const i32 *lda, i32 *ipiv, T *b, \
                const i32 *ldb, i32 *info) {                                          \
    i64 N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, INFO = 0, *piv = wide(*n);       \
    scipy_##P##gesv_64_(&N, &NRHS, a, &LDA, piv, b, &LDB, &INFO);                      \
    narrow(ipiv, piv, *n); free(piv); *info = (i32)INFO;                              \
  }                                                                                   \
  void P##potrf_(const char *uplo, const i32 *n, T *a, const i32 *lda, i32 *info) {   \
    i64 N = *n, LDA = *lda, INFO = 0;                                                 \
    scipy_##P##potrf_64_(uplo, &N, a, &LDA, &INFO, 1); *info = (i32)INFO;             \
  }                                                                                   \
  void P##posv_(const char *uplo, const i32 *n, const i32 *nrhs, T *a, const i32 *lda, \
                T *b, const i32 *ldb, i32 *info) {                                    \
    i64 N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, INFO = 0;                        \
    scipy_##P##posv_64_(uplo, &N, &NRHS, a, &LDA, b, &LDB, &INFO, 1); *info = (i32)INFO; \
  }                                                                                   \
  void P##geqrf_(const i32 *m, const i32 *n, T *a, const i32 *lda, T *tau, T *work,    \
                 const i32 *lwork, i32 *info) {                                       \
    i64 M = *m, N = *n, LDA = *lda, LWORK = *lwork, INFO = 0;                          \
    scipy_##P##geqrf_64_(&M, &N, a, &LDA, tau, work, &LWORK, &INFO); *info = (i32)INFO; \
  }                                                                                   \
  void P##gels_(const char *trans, const i32 *m, const i32 *n, const i32 *nrhs, T *a,  \
                const i32 *lda, T *b, const i32 *ldb, T *work, const i32 *lwork,       \
                i32 *info) {                                                          \
    i64 M = *m, N = *n, NRHS = *nrhs, LDA = *lda, LDB = *ldb, LWORK = *lwork, INFO = 0; \
    scipy_##P##gels_64_(trans, &M, &N, &NRHS, a, &LDA, b, &LDB, work, &LWORK, &INFO, 1); \
    *info = (i32)INFO;                                                                \
  }                                                                                   \
  void P##gesdd_(const char *jobz, const i32 *m, const i32 *n, T *a, const i32 *lda,   \
                 T *s, T *u, const i32 *ldu, T *vt, const i32 *ldvt, T *work,          \
                 const i32 *lwork, i32 *iwork, i32 *info) {                           \
    i64 M = *m, N = *n, LDA = *lda, LDU = *ldu, LDVT = *ldvt, LWORK = *lwork, INFO = 0; \
    i64 *iw = wide(8 * MIN(*m, *n));                                                  \
    (void)iwork;                                                                      \
    scipy_##P##gesdd_64_(jobz, &M, &N, a, &LDA, s, u, &LDU, vt, &LDVT, work, &LWORK,  \
                         iw, &INFO, 1);                                               \
    free(iw); *info = (i32)INFO;                                                      \
  }
DEFINE(float, s)
DEFINE(double, d)

void dgeev_(const char *jobvl, const char *jobvr, const i32 *n, double *a, const i32 *lda,
            double *wr, double *wi, double *vl, const i32 *ldvl, double *vr,
            const i32 *ldvr, double *work, const i32 *lwork, i32 *info) {
  i64 N = *n, LDA = *lda, LDVL = *ldvl, LDVR = *ldvr, LWORK = *lwork, INFO = 0;
  scipy_dgeev_64_(jobvl, jobvr, &N, a, &LDA, wr, wi, vl, &LDVL, vr, &LDVR, work, &LWORK,
                  &INFO, 1, 1);
  *info = (i32)INFO;
}
