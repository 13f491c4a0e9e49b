/*
 * skywarp's thin C shim over WCSLIB.
 *
 * Why a shim at all: struct wcsprm is large and its layout changes between WCSLIB releases, so Rust never
 * sees it.  Rust holds an opaque pointer; everything that needs a field goes through the accessors here,
 * compiled against the installed wcs.h, so the layout is always the one the library was built with.
 * WCSLIB's own entry points that take only the pointer and plain arrays (wcsp2s, wcss2p) are called from
 * Rust directly.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include <wcslib/wcs.h>
#include <wcslib/wcserr.h>
#include <wcslib/wcsfix.h>
#include <wcslib/wcshdr.h>
#include <wcslib/lin.h>
#include <wcslib/dis.h>
#include <wcslib/wcsmath.h>
#include <math.h>

static void put_err(char *buf, int len, const char *msg) {
  if (buf && len > 0) {
    snprintf(buf, (size_t)len, "%s", msg);
  }
}

static void put_wcserr(char *buf, int len, const struct wcsprm *wcs, const char *fallback) {
  if (wcs && wcs->err && wcs->err->msg && wcs->err->msg[0]) {
    put_err(buf, len, wcs->err->msg);
  } else {
    put_err(buf, len, fallback);
  }
}

/* Deep copy (including distortions) into a freshly allocated struct. */
static struct wcsprm *copy_wcs(const struct wcsprm *src, char *err, int errlen) {
  struct wcsprm *dst = calloc(1, sizeof(struct wcsprm));
  if (!dst) {
    put_err(err, errlen, "out of memory");
    return NULL;
  }
  dst->flag = -1;
  int status = wcssub(1, src, 0x0, 0x0, dst);
  if (status) {
    put_wcserr(err, errlen, dst, "wcssub failed");
    wcsfree(dst);
    free(dst);
    return NULL;
  }
  return dst;
}

/*
 * Parse the primary (alternate ' ') WCS from a header of nkeyrec 80-character cards, with every WCSLIB
 * relaxation (as astropy's default relax=True), apply the same wcsfix repairs astropy applies by default
 * (datfix, unitfix without unsafe translations, celfix, spcfix, cylfix), and wcsset it.
 * Returns 0 and *out on success; otherwise a status and a message in err.
 */
int sw_wcs_parse(const char *header, int nkeyrec, const int *naxis_hint, int naxis_len,
                 struct wcsprm **out, char *err, int errlen) {
  int nreject = 0, nwcs = 0, status;
  struct wcsprm *wcs = NULL;
  *out = NULL;
  wcserr_enable(1);

  char *hdr = malloc((size_t)nkeyrec * 80 + 1);
  if (!hdr) {
    put_err(err, errlen, "out of memory");
    return 2;
  }
  memcpy(hdr, header, (size_t)nkeyrec * 80);
  hdr[(size_t)nkeyrec * 80] = '\0';
  status = wcspih(hdr, nkeyrec, WCSHDR_all, 0, &nreject, &nwcs, &wcs);
  free(hdr);
  if (status) {
    put_err(err, errlen, "WCSLIB could not parse the header (wcspih)");
    return status;
  }
  int pick = -1;
  for (int i = 0; i < nwcs; i++) {
    if (wcs[i].alt[0] == ' ' || wcs[i].alt[0] == '\0') {
      pick = i;
      break;
    }
  }
  if (pick < 0) {
    wcsvfree(&nwcs, &wcs);
    put_err(err, errlen, "header has no primary WCS");
    return 1;
  }
  struct wcsprm *w = copy_wcs(&wcs[pick], err, errlen);
  wcsvfree(&nwcs, &wcs);
  if (!w) {
    return 2;
  }

  int stat[NWCSFIX];
  struct wcserr info[NWCSFIX];
  memset(info, 0, sizeof(info));
  /* ctrl=0: no potentially unsafe unit translations (astropy's translate_units=''). */
  /* wcsfix's cylfix reads naxis[k] for every WCS axis: a header whose NAXIS is smaller than its
     WCS (WCSAXES, or CTYPEi beyond NAXIS) gives no hint at all rather than a short array (found by
     the wcs_header fuzz target as a heap over-read). */
  const int *hint = (naxis_hint && naxis_len >= w->naxis) ? naxis_hint : NULL;
  wcsfixi(0, hint, w, stat, info);
  for (int i = 0; i < NWCSFIX; i++) {
    /* Messages for repairs that were made (stat > 0) are heap strings the caller must free. */
    free(info[i].msg);
  }

  status = wcsset(w);
  if (status) {
    put_wcserr(err, errlen, w, "WCSLIB could not set up the WCS (wcsset)");
    wcsfree(w);
    free(w);
    return status;
  }
  *out = w;
  return 0;
}

int sw_wcs_copy(const struct wcsprm *src, struct wcsprm **out, char *err, int errlen) {
  struct wcsprm *w = copy_wcs(src, err, errlen);
  if (!w) return 2;
  int status = wcsset(w);
  if (status) {
    put_wcserr(err, errlen, w, "wcsset failed on copy");
    wcsfree(w);
    free(w);
    return status;
  }
  *out = w;
  return 0;
}

void sw_wcs_free(struct wcsprm *w) {
  if (w) {
    wcsfree(w);
    free(w);
  }
}

const char *sw_wcs_errmsg(const struct wcsprm *w) {
  if (w && w->err && w->err->msg) return w->err->msg;
  return "";
}

int sw_wcs_naxis(const struct wcsprm *w) { return w->naxis; }
int sw_wcs_lng(const struct wcsprm *w) { return w->lng; }
int sw_wcs_lat(const struct wcsprm *w) { return w->lat; }
int sw_wcs_spec(const struct wcsprm *w) { return w->spec; }
const char *sw_wcs_ctype(const struct wcsprm *w, int i) { return w->ctype[i]; }
const char *sw_wcs_cunit(const struct wcsprm *w, int i) { return w->cunit[i]; }
double sw_wcs_crval(const struct wcsprm *w, int i) { return w->crval[i]; }
double sw_wcs_crpix(const struct wcsprm *w, int i) { return w->crpix[i]; }
double sw_wcs_cdelt(const struct wcsprm *w, int i) { return w->cdelt[i]; }
double sw_wcs_pc(const struct wcsprm *w, int i, int j) { return w->pc[i * w->naxis + j]; }
const char *sw_wcs_radesys(const struct wcsprm *w) { return w->radesys; }
/* WCSLIB marks absent values with UNDEFINED; Rust sees NaN, as astropy shows them. */
double sw_wcs_equinox(const struct wcsprm *w) { return undefined(w->equinox) ? NAN : w->equinox; }
double sw_wcs_mjdobs(const struct wcsprm *w) { return undefined(w->mjdobs) ? NAN : w->mjdobs; }
const char *sw_wcs_dateobs(const struct wcsprm *w) { return w->dateobs; }
/* The solar observer keywords astropy exposes as wcs.wcs.aux (which: 0 RSUN_REF, 1 DSUN_OBS, 2 CRLN_OBS,
 * 3 HGLN_OBS, 4 HGLT_OBS); NaN when absent. */
double sw_wcs_aux(const struct wcsprm *w, int which) {
  const struct auxprm *a = w->aux;
  double v;
  if (a == NULL) return NAN;
  switch (which) {
  case 0: v = a->rsun_ref; break;
  case 1: v = a->dsun_obs; break;
  case 2: v = a->crln_obs; break;
  case 3: v = a->hgln_obs; break;
  case 4: v = a->hglt_obs; break;
  default: return NAN;
  }
  return undefined(v) ? NAN : v;
}
/* The date keywords as WCSLIB holds them after datfix (which: 0 DATE-AVG, 1 DATE-OBS, 2 DATE-BEG,
 * 3 DATE-END); "" when absent. */
const char *sw_wcs_date(const struct wcsprm *w, int which) {
  switch (which) {
  case 0: return w->dateavg;
  case 1: return w->dateobs;
  case 2: return w->datebeg;
  case 3: return w->dateend;
  default: return "";
  }
}
/* Projection code of the celestial axes ("TAN", ...) or "" when there are none. */
const char *sw_wcs_pcode(const struct wcsprm *w) { return w->cel.prj.code; }
int sw_wcs_has_distortion(const struct wcsprm *w) {
  return (w->lin.dispre != NULL) || (w->lin.disseq != NULL);
}
