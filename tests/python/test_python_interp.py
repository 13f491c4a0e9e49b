"""The Python package `skywarp` against reproject.reproject_interp (the oracle), side by side.

Every input form, output form, order and option of reproject 0.21's reproject_interp is called through
both functions with the same arguments, on reproject's and astropy's own test data. Tolerances (issue #4):
max |difference| <= 1e-6 * max|input| for orders >= 1; nearest picks the same pixels except at exact ties;
identical NaN pattern and footprint.
"""

import warnings
from pathlib import Path

import numpy as np
import pytest
from astropy.io import fits
from astropy.nddata import CCDData, NDData
from astropy.wcs import WCS, FITSFixedWarning
from astropy.wcs.wcsapi import HighLevelWCSWrapper, SlicedLowLevelWCS

import reproject
import skywarp

from conftest import assert_matches, both

warnings.simplefilter("ignore", FITSFixedWarning)
pytestmark = pytest.mark.filterwarnings("ignore::astropy.wcs.FITSFixedWarning")

ORDERS = ["nearest-neighbor", "bilinear", "biquadratic", "bicubic"]
REPROJECT_DATA = Path(reproject.__file__).parent / "tests" / "data"
ASTROPY_WCS_DATA = Path(__import__("astropy").__file__).parent / "wcs" / "tests" / "data"


# ----------------------------------------------------------------------------------------------------
# helpers


def maxabs(a):
    return float(np.nanmax(np.abs(np.asarray(a, dtype=float))))


def galactic_to_equatorial_header(header):
    out = header.copy()
    out["CTYPE1"], out["CTYPE2"] = "RA---TAN", "DEC--TAN"
    out["CRVAL1"], out["CRVAL2"] = 266.39311, -28.939779
    return out


@pytest.fixture(scope="module")
def gal2d():
    """reproject's galactic_2d.fits: (path, data, header, equatorial target header)."""
    path = REPROJECT_DATA / "galactic_2d.fits"
    with fits.open(path) as hdul:
        data = hdul[0].data.astype(float)
        header = hdul[0].header.copy()
    return path, data, header, galactic_to_equatorial_header(header)


def sky_image(shape, seed=0):
    """A smooth sky with sharp stars and noise (float64)."""
    rng = np.random.default_rng(seed)
    ny, nx = shape
    yy, xx = np.mgrid[0:ny, 0:nx]
    img = 100 + 10 * np.sin(xx / 37.0) * np.cos(yy / 23.0) + 0.01 * xx
    for _ in range(40):
        x0, y0 = rng.uniform(0, nx), rng.uniform(0, ny)
        img += rng.uniform(10, 3000) * np.exp(
            -((xx - x0) ** 2 + (yy - y0) ** 2) / (2 * rng.uniform(1.2, 2.5) ** 2)
        )
    return img + rng.standard_normal(shape)


@pytest.fixture(scope="module")
def gc_headers():
    """reproject's gc_ga.hdr (input, galactic) and gc_eq.hdr (output, equatorial) with sizes."""
    hin = fits.Header.fromtextfile(REPROJECT_DATA / "gc_ga.hdr")
    hout = fits.Header.fromtextfile(REPROJECT_DATA / "gc_eq.hdr")
    hin["NAXIS"], hin["NAXIS1"], hin["NAXIS2"] = 2, 160, 150
    hout["NAXIS"], hout["NAXIS1"], hout["NAXIS2"] = 2, 170, 140
    return hin, hout


# ----------------------------------------------------------------------------------------------------
# orders, options, real data


@pytest.mark.parametrize("order", ORDERS + [0, 1, 2, 3])
@pytest.mark.parametrize("roundtrip", [True, False])
def test_orders_galactic_2d(gal2d, order, roundtrip):
    path, data, header, target = gal2d
    sw, rp = both(str(path), target, order=order, roundtrip_coords=roundtrip)
    assert sw[0].dtype == np.float64 and sw[1].dtype == np.float64
    assert_matches(sw, rp, maxabs(data), order, f"order={order} roundtrip={roundtrip}")


@pytest.mark.parametrize("order", ORDERS)
def test_orders_gc_headers(gc_headers, order):
    hin, hout = gc_headers
    data = sky_image((hin["NAXIS2"], hin["NAXIS1"]), seed=1)
    sw, rp = both((data, hin), hout, order=order)
    assert_matches(sw, rp, maxabs(data), order, f"gc {order}")


@pytest.mark.parametrize("order", ORDERS)
def test_cube_equatorial_3d(order):
    with fits.open(REPROJECT_DATA / "equatorial_3d.fits") as hdul:
        hdu = hdul[0]
        target = hdu.header.copy()
        target["NAXIS1"], target["NAXIS2"] = 10, 9
        target["CTYPE1"], target["CTYPE2"] = "GLON-SIN", "GLAT-SIN"
        target["CRVAL1"], target["CRVAL2"] = 163.16724, -15.777405
        target["CRPIX1"], target["CRPIX2"] = 6, 5
        sw, rp = both(hdu, target, order=order)
        assert_matches(sw, rp, maxabs(hdu.data), order, f"cube {order}")


@pytest.mark.parametrize("axis_order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (0, 2, 1)])
def test_cube_scrambled_axes(axis_order):
    """Cubes whose WCS axes are not in celestial-first order (reproject's test_reproject_celestial_3d)."""
    with fits.open(REPROJECT_DATA / "equatorial_3d.fits") as hdul:
        hdu = hdul[0]
        target = hdu.header.copy()
        target["NAXIS1"], target["NAXIS2"] = 10, 9
        target["CTYPE1"], target["CTYPE2"] = "GLON-SIN", "GLAT-SIN"
        target["CRVAL1"], target["CRVAL2"] = 163.16724, -15.777405
        target["CRPIX1"], target["CRPIX2"] = 6, 5
        wcs_in = WCS(hdu.header).sub((3 - np.array(axis_order)[::-1]).tolist())
        data = np.transpose(hdu.data, axis_order)
        sw, rp = both((data, wcs_in.to_header()), target)
        assert_matches(sw, rp, maxabs(data), "bilinear", f"axes {axis_order}")
        # and the output side scrambled too
        wcs_out = WCS(target).sub((3 - np.array(axis_order)[::-1]).tolist())
        shape = tuple(np.array((target["NAXIS3"], 9, 10))[list(axis_order)])
        sw, rp = both((data, wcs_in), wcs_out, shape_out=shape)
        assert_matches(sw, rp, maxabs(data), "bilinear", f"out axes {axis_order}")


def test_cube_hdr_spectral_interpolation():
    """reproject's cube.hdr: the spectral axis is resampled too (reproject's test_slice_reprojection)."""
    header_in = fits.Header.fromtextfile(REPROJECT_DATA / "cube.hdr")
    header_in["NAXIS1"], header_in["NAXIS2"], header_in["NAXIS3"] = 5, 4, 3
    header_out = header_in.copy()
    header_out["NAXIS3"] = 2
    header_out["CRPIX3"] -= 0.5
    cube = np.arange(3, dtype=float).repeat(4 * 5).reshape(3, 4, 5)
    for order in ORDERS:
        sw, rp = both((cube, WCS(header_in)), WCS(header_out), shape_out=(2, 4, 5), order=order)
        assert_matches(sw, rp, 2.0, order, f"cube.hdr {order}")
    sw = skywarp.reproject_interp((cube, header_in), header_out, shape_out=(2, 4, 5))
    np.testing.assert_allclose(sw[0], (cube[:-1] + cube[1:]) / 2.0)


def test_sip_distortion():
    """An input with SIP distortion (astropy's irac_sip.hdr), written to Rust with its SIP keywords."""
    hin = fits.Header.fromstring((ASTROPY_WCS_DATA / "irac_sip.hdr").read_bytes())
    wcs_in = WCS(hin)
    assert wcs_in.sip is not None
    ny, nx = 256, 256
    data = sky_image((ny, nx), seed=3)
    ra, dec = wcs_in.all_pix2world(nx / 2, ny / 2, 0)
    wout = WCS(naxis=2)
    wout.wcs.ctype = ["RA---TAN", "DEC--TAN"]
    wout.wcs.crval = [float(ra), float(dec)]
    wout.wcs.crpix = [100.5, 110.5]
    scale = np.sqrt(abs(np.linalg.det(wcs_in.pixel_scale_matrix)))
    wout.wcs.cdelt = [-scale * 1.1, scale * 1.1]
    for inp in [(data, wcs_in), (data, hin)]:
        sw, rp = both(inp, wout, shape_out=(220, 230))
        assert np.isfinite(sw[0]).mean() > 0.5
        assert_matches(sw, rp, maxabs(data), "bilinear", "SIP")


def test_identity_with_offset():
    wcs = WCS(naxis=2)
    wcs.wcs.ctype = "RA---TAN", "DEC--TAN"
    wcs.wcs.crpix = 322, 151
    wcs.wcs.crval = 43, 23
    wcs.wcs.cdelt = -0.1, 0.1
    wcs.wcs.equinox = 2000.0
    array_in = np.random.default_rng(5).random((233, 123))
    wcs_out = wcs.deepcopy()
    wcs_out.wcs.crpix += 1
    out, fp = skywarp.reproject_interp((array_in, wcs), wcs_out, shape_out=(235, 125))
    np.testing.assert_allclose(out, np.pad(array_in, 1, "constant", constant_values=np.nan), atol=1e-10)


def test_outside_gives_nan(gal2d):
    path, data, header, target = gal2d
    target = target.copy()
    target["CRVAL1"], target["CRVAL2"] = 216.39311, -21.939779
    out, fp = skywarp.reproject_interp(str(path), target)
    assert np.all(np.isnan(out)) and np.all(fp == 0)


# ----------------------------------------------------------------------------------------------------
# input forms


@pytest.fixture
def multi_hdu_file(tmp_path, gal2d):
    _, data, header, _ = gal2d
    path = tmp_path / "multi.fits"
    fits.HDUList(
        [
            fits.PrimaryHDU(),
            fits.ImageHDU(data.astype(np.float32), header, name="SCI"),
            fits.ImageHDU((data * 2).astype(np.float64), header, name="VAR"),
            fits.CompImageHDU(data.astype(np.float32), header, name="COMP"),
        ]
    ).writeto(path)
    return path


def test_input_filename_and_path(gal2d):
    path, data, header, target = gal2d
    ref = reproject.reproject_interp(str(path), target)
    for inp in (str(path), Path(path)):
        assert_matches(skywarp.reproject_interp(inp, target), ref, maxabs(data), label=repr(type(inp)))


@pytest.mark.parametrize("hdu_in", [1, 2, "SCI", "VAR", 3, "COMP"])
def test_input_file_hdu_in(multi_hdu_file, gal2d, hdu_in):
    _, data, _, target = gal2d
    sw, rp = both(str(multi_hdu_file), target, hdu_in=hdu_in)
    assert_matches(sw, rp, 2 * maxabs(data), label=f"hdu_in={hdu_in}")


@pytest.mark.parametrize("hdu_in", [1, "VAR", 3])
def test_input_hdulist(multi_hdu_file, gal2d, hdu_in):
    _, data, _, target = gal2d
    with fits.open(multi_hdu_file) as hdul:
        sw, rp = both(hdul, target, hdu_in=hdu_in)
    assert_matches(sw, rp, 2 * maxabs(data), label=f"hdulist hdu_in={hdu_in}")


def test_input_hdulist_needs_hdu_in(multi_hdu_file, gal2d):
    target = gal2d[3]
    with fits.open(multi_hdu_file) as hdul:
        with pytest.raises(ValueError, match="More than one HDU is present") as e_sw:
            skywarp.reproject_interp(hdul, target, hdu_in=None)
        with pytest.raises(ValueError) as e_rp:
            reproject.reproject_interp(hdul, target, hdu_in=None)
    assert str(e_sw.value) == str(e_rp.value)
    assert isinstance(e_sw.value, skywarp.SkywarpError)


def test_input_image_hdu_is_memory_mapped_not_loaded(multi_hdu_file, gal2d):
    """An HDU of a file on disk is read through a memory map of the file: its data is never loaded."""
    _, data, _, target = gal2d
    with fits.open(multi_hdu_file) as hdul:
        hdu = hdul["SCI"]
        got = skywarp.reproject_interp(hdu, target)
        assert not hdu._data_loaded, "skywarp loaded the HDU's data"
        ref = reproject.reproject_interp(hdu, target)
    assert_matches(got, ref, maxabs(data), label="ImageHDU")


def test_input_primary_hdu_bigendian_from_file(tmp_path, gal2d):
    _, data, header, target = gal2d
    path = tmp_path / "prim.fits"
    fits.writeto(path, data, header)
    with fits.open(path) as hdul:
        got = skywarp.reproject_interp(hdul[0], target)
        assert not hdul[0]._data_loaded
        ref = reproject.reproject_interp(hdul[0], target)
    assert_matches(got, ref, maxabs(data), label="PrimaryHDU")


def test_input_hdu_in_memory_and_modified(gal2d):
    """In-memory HDUs, and HDUs whose data was replaced, use the data as it is now."""
    _, data, header, target = gal2d
    hdu = fits.PrimaryHDU(data * 3, header)
    assert_matches(*both(hdu, target), 3 * maxabs(data), label="in-memory PrimaryHDU")
    hdu = fits.ImageHDU(data.astype(np.float32), header)
    assert_matches(*both(hdu, target), maxabs(data), label="in-memory ImageHDU")


def test_input_scaled_integer_hdu(tmp_path, gal2d):
    """BZERO/BSCALE images (astropy scales them on read, reproject uses that)."""
    _, data, header, target = gal2d
    hdu = fits.PrimaryHDU(data, header)
    hdu.scale("int16", bzero=float(np.nanmean(data)), bscale=float(np.nanmax(np.abs(data))) / 20000)
    path = tmp_path / "scaled.fits"
    hdu.writeto(path)
    with fits.open(path) as hdul:
        sw, rp = both(hdul[0], target)
    assert_matches(sw, rp, maxabs(data), label="scaled int16")
    sw, rp = both(str(path), target)
    assert_matches(sw, rp, maxabs(data), label="scaled int16 by name")


def test_input_comp_image_hdu(multi_hdu_file, gal2d):
    _, data, header, target = gal2d
    with fits.open(multi_hdu_file) as hdul:
        sw, rp = both(hdul["COMP"], target)
    assert_matches(sw, rp, maxabs(data), label="CompImageHDU from file")
    hdu = fits.CompImageHDU(data.astype(np.float32), header)
    assert_matches(*both(hdu, target), maxabs(data), label="CompImageHDU in memory")


def test_input_array_header_and_wcs(gal2d):
    _, data, header, target = gal2d
    for wcs in (header, WCS(header), HighLevelWCSWrapper(SlicedLowLevelWCS(WCS(header), Ellipsis))):
        sw, rp = both((data, wcs), target)
        assert_matches(sw, rp, maxabs(data), label=type(wcs).__name__)


def test_input_sliced_wcs_with_offsets(gal2d):
    """An APE-14 slice of an astropy WCS (a cutout): converted to the equivalent FITS WCS."""
    _, data, header, target = gal2d
    sub = data[5:30, 7:40]
    sliced = HighLevelWCSWrapper(SlicedLowLevelWCS(WCS(header), (slice(5, 30), slice(7, 40))))
    sw, rp = both((sub, sliced), target)
    assert_matches(sw, rp, maxabs(sub), label="sliced WCS")
    # the output side sliced too
    out_sliced = SlicedLowLevelWCS(WCS(target), (slice(3, 20), slice(4, 30)))
    sw, rp = both((data, header), out_sliced, shape_out=(17, 26))
    assert_matches(sw, rp, maxabs(data), label="sliced output WCS")


def test_input_nddata_and_ccddata(gal2d):
    _, data, header, target = gal2d
    for obj in (NDData(data, wcs=WCS(header)), CCDData(data, wcs=WCS(header), unit="adu")):
        sw, rp = both(obj, target)
        assert_matches(sw, rp, maxabs(data), label=type(obj).__name__)


def test_input_dask_array(gal2d):
    da = pytest.importorskip("dask.array")
    _, data, header, target = gal2d
    darr = da.from_array(data, chunks=(7, 11))
    sw = skywarp.reproject_interp((darr, header), target)
    # reproject's default for dask inputs (dask_method='none', through dask-image) fails on these
    # chunks with an IndexError inside dask-image; its 'memmap' method is the reference
    rp = reproject.reproject_interp((darr, header), target, dask_method="memmap")
    assert_matches(sw, rp, maxabs(data), label="dask input")
    for method in ("memmap", "none"):
        again = skywarp.reproject_interp((darr, header), target, dask_method=method)
        assert np.array_equal(again[0], sw[0], equal_nan=True)
    nd = NDData(darr, wcs=WCS(header))
    assert_matches(skywarp.reproject_interp(nd, target), rp, maxabs(data), label="NDData of dask")


@pytest.mark.parametrize(
    "dtype", [">f8", "<f4", ">f4", "u1", "i1", ">u2", "<i2", ">i4", "<u4", ">i8", "<u8", "f2", "?"]
)
def test_input_dtypes_and_byte_orders(gal2d, dtype):
    _, data, header, target = gal2d
    scale = 1.0 if np.dtype(dtype).kind in "f?" else 1e6
    arr = np.asarray((data - np.nanmin(data)) * scale).astype(dtype)
    sw, rp = both((arr, header), target)
    assert_matches(sw, rp, maxabs(arr.astype(float)), label=dtype)


def test_input_non_contiguous_views(gal2d):
    _, data, header, target = gal2d
    big = np.zeros((data.shape[0] * 2, data.shape[1] * 3))
    big[::2, ::3] = data
    view = big[::2, ::3]
    assert not view.flags.c_contiguous
    assert_matches(*both((view, header), target), maxabs(data), label="strided")
    flipped = data[::-1, ::-1]
    assert_matches(*both((flipped, header), target), maxabs(data), label="flipped")
    transposed = np.ascontiguousarray(data.T).T
    assert_matches(*both((transposed, header), target), maxabs(data), label="Fortran order")


@pytest.mark.filterwarnings("ignore:Spatial.Equinox is not present")
def test_input_png_with_avm(tmp_path):
    pyavm = pytest.importorskip("pyavm")
    pytest.importorskip("PIL")
    from PIL import Image

    wcs = WCS(naxis=2)
    wcs.wcs.ctype = "RA---TAN", "DEC--TAN"
    wcs.wcs.crpix = (20, 15)
    wcs.wcs.crval = (30, 40)
    wcs.wcs.cdelt = (-0.05, 0.04)
    rgb = (np.random.default_rng(2).random((30, 40, 3)) * 255).astype(np.uint8)
    plain = tmp_path / "plain.png"
    Image.fromarray(rgb).save(plain)
    tagged = tmp_path / "tagged.png"
    pyavm.AVM.from_wcs(wcs, shape=(30, 40)).embed(str(plain), str(tagged))
    wout = wcs.deepcopy()
    wout.wcs.crpix = (18.3, 16.1)
    sw, rp = both(tagged, wout, shape_out=(30, 40))
    assert sw[0].shape == (3, 30, 40)
    assert_matches(sw, rp, 255.0, label="PNG+AVM")


# ----------------------------------------------------------------------------------------------------
# output forms


def test_output_forms(tmp_path, gal2d):
    path, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    ref = reproject.reproject_interp(str(path), target)
    m = maxabs(data)
    # Header with NAXISn
    assert_matches(skywarp.reproject_interp(str(path), target), ref, m, label="Header")
    # WCS + shape_out
    assert_matches(
        skywarp.reproject_interp(str(path), WCS(target), shape_out=shape), ref, m, label="WCS+shape"
    )
    # Header without NAXIS + shape_out
    bare = WCS(target).to_header()
    assert_matches(skywarp.reproject_interp(str(path), bare, shape_out=shape), ref, m, label="bare header")
    # WCS with array_shape
    w = WCS(target)
    w.array_shape = shape
    assert_matches(skywarp.reproject_interp(str(path), w), ref, m, label="WCS.array_shape")
    # a FITS file name
    out_file = tmp_path / "target.fits"
    fits.writeto(out_file, np.zeros(shape, dtype=np.float32), target)
    sw, rp = both(str(path), str(out_file))
    assert_matches(sw, rp, m, label="filename")
    # an APE-14 high-level WCS with shape_out
    hl = HighLevelWCSWrapper(SlicedLowLevelWCS(WCS(target), Ellipsis))
    assert_matches(skywarp.reproject_interp(str(path), hl, shape_out=shape), ref, m, label="APE-14 out")


def test_output_shape_errors_match_reproject(gal2d):
    path, data, header, target = gal2d
    bare = WCS(target).to_header()
    for args, kwargs in [
        ((str(path), bare), {}),
        ((str(path), WCS(bare)), {}),
        ((str(path), 42), {}),
        (((data, header), target), {"output_array": np.zeros((3, 3))}),
        (((data, header), WCS(target)), {"shape_out": (3, 3), "output_array": np.zeros((4, 4))}),
        (
            ((data.astype(np.float32), header), target),
            {"output_array": np.zeros((target["NAXIS2"], target["NAXIS1"]))},
        ),
        (((data, header), target), {"return_type": "xarray"}),
        (((data, header), target), {"return_type": "dask"}),
        (((data, header), target), {"dask_method": "zarr"}),
        (((data, header), WCS(target)), {"shape_out": ()}),
        (("not an input",), {}),
    ]:
        if len(args) == 1:
            args = (args[0], target)
        errors = []
        for fn in (skywarp.reproject_interp, reproject.reproject_interp):
            with pytest.raises(Exception) as exc:
                fn(*args, **kwargs)
            errors.append(exc.value)
        sw, rp = errors
        assert isinstance(sw, type(rp)) or type(rp) in type(sw).__mro__, (type(sw), type(rp))
        assert str(sw) == str(rp), (str(sw), str(rp))


def test_validation_errors_match_reproject():
    """reproject's _validate_wcs messages, raised as ValueError subclasses."""
    header = fits.Header.fromtextfile(REPROJECT_DATA / "gc_eq.hdr")
    w = WCS(header)
    cube_hdr = fits.Header.fromtextfile(REPROJECT_DATA / "cube.hdr")
    cube_out = cube_hdr.copy()
    cube_out["CTYPE3"], cube_out["CUNIT3"] = "FREQ", "Hz"
    arr = np.zeros((2, 3, 4, 5))
    cases = [
        (((arr, w), w), {"shape_out": [2, 3, 4, 5, 6]}),
        (((arr[0, 0, 0], w), w), {"shape_out": [4, 5, 6]}),
        (((arr[0], w), w), {"shape_out": [5]}),
        (((arr, w), w), {"shape_out": [3, 3, 4, 5]}),
        (((np.ones((3, 2, 2)), WCS(naxis=3)), WCS(naxis=2)), {"shape_out": (1, 2)}),
        (((np.ones((3, 4, 5)), cube_hdr), WCS(cube_out)), {"shape_out": (2, 4, 5)}),
    ]
    for args, kwargs in cases:
        with pytest.raises(ValueError) as e_sw:
            skywarp.reproject_interp(*args, **kwargs)
        with pytest.raises(ValueError) as e_rp:
            reproject.reproject_interp(*args, **kwargs)
        assert str(e_sw.value) == str(e_rp.value)
        assert isinstance(e_sw.value, skywarp.SkywarpValueError)


def test_unsupported_wcs_raises_not_implemented(gal2d):
    _, data, header, target = gal2d

    from astropy.coordinates import SkyCoord
    from astropy.wcs.wcsapi import BaseHighLevelWCS

    class NotFits(BaseHighLevelWCS):
        low_level_wcs = property(lambda self: self)
        pixel_n_dim = world_n_dim = 2
        world_axis_physical_types = ["pos.eq.ra", "pos.eq.dec"]
        world_axis_units = ["deg", "deg"]
        array_shape = pixel_shape = None
        pixel_bounds = None
        world_axis_object_components = [("celestial", 0, "spherical.lon"), ("celestial", 1, "spherical.lat")]
        world_axis_object_classes = {"celestial": (SkyCoord, (), {"frame": "icrs", "unit": "deg"})}
        axis_correlation_matrix = np.ones((2, 2), dtype=bool)

        def pixel_to_world(self, *a):
            raise AssertionError

        def world_to_pixel(self, *a):
            raise AssertionError

        def array_index_to_world(self, *a):
            raise AssertionError

        def world_to_array_index(self, *a):
            raise AssertionError

    # a WCS with no FITS form takes the generic path (test_python_generic.py): the engine calls the object
    # itself, and what it raises comes back as it was; exact overlap refuses it up front
    with pytest.raises(AssertionError):
        skywarp.reproject_interp((data, header), NotFits(), shape_out=(10, 10))
    with pytest.raises(NotImplementedError, match="can be written as FITS headers"):
        skywarp.reproject_exact((data, header), NotFits(), shape_out=(10, 10))


def test_lookup_table_distortions():
    """astropy's lookup-table distortions (D2IM + CPDIS + SIP, an HST-like header: astropy's
    dist_lookup.fits.gz), from the file's own table extensions or from the WCS object."""
    with fits.open(ASTROPY_WCS_DATA / "dist_lookup.fits.gz") as hdul:
        wcs_in = WCS(hdul[1].header, hdul)
        assert wcs_in.cpdis1 is not None and wcs_in.det2im1 is not None
        ny, nx = hdul[1].data.shape
        data = sky_image((ny, nx), seed=8)
        hdu = fits.ImageHDU(data, hdul[1].header)
        inputs = [fits.HDUList([fits.PrimaryHDU(), hdu] + [h.copy() for h in hdul[2:]]), (data, wcs_in)]
        wout = WCS(naxis=2)
        wout.wcs.ctype = ["RA---TAN", "DEC--TAN"]
        wout.wcs.crval = list(wcs_in.all_pix2world([[nx / 2, ny / 2]], 0)[0])
        wout.wcs.crpix = [60.5, 55.5]
        scale = np.sqrt(abs(np.linalg.det(wcs_in.pixel_scale_matrix)))
        wout.wcs.cdelt = [-scale, scale]
        for inp in inputs:
            kwargs = {"hdu_in": 1} if isinstance(inp, fits.HDUList) else {}
            sw, rp = both(inp, wout, shape_out=(110, 120), **kwargs)
            assert np.isfinite(rp[0]).any()
            assert_matches(sw, rp, maxabs(data), "bilinear", f"lookup {type(inp).__name__}")


def test_order_errors():
    w = WCS(naxis=2)
    with pytest.raises(KeyError):
        skywarp.reproject_interp((np.ones((4, 4)), w), w, shape_out=(4, 4), order="nearest")
    with pytest.raises(NotImplementedError):
        skywarp.reproject_interp((np.ones((4, 4)), w), w, shape_out=(4, 4), order=4)


# ----------------------------------------------------------------------------------------------------
# broadcasting


def _stack(data):
    return np.stack((data, data.T, data[::-1], data[:, ::-1]))


@pytest.mark.parametrize("extra_dims", [1, 2])
@pytest.mark.parametrize("shape_form", ["single", "full", None])
def test_broadcasting(gal2d, extra_dims, shape_form):
    _, data, header, target = gal2d
    stack = _stack(data)
    if extra_dims == 2:
        stack = stack.reshape((2, 2) + stack.shape[-2:])
    kwargs = {}
    if shape_form == "single":
        kwargs["shape_out"] = stack.shape[-2:]
    elif shape_form == "full":
        kwargs["shape_out"] = stack.shape
    sw, rp = both((stack, header), target, **kwargs)
    assert sw[0].shape == stack.shape[:-2] + (target["NAXIS2"], target["NAXIS1"])
    assert_matches(sw, rp, maxabs(stack), label=f"broadcast {extra_dims} {shape_form}")
    # each image equals its own un-broadcast reprojection, bit for bit
    flat_in = stack.reshape((-1,) + stack.shape[-2:])
    flat_out = sw[0].reshape((-1,) + sw[0].shape[-2:])
    for i in range(len(flat_in)):
        single, _ = skywarp.reproject_interp((flat_in[i], header), target)
        assert np.array_equal(single, flat_out[i], equal_nan=True)


def test_broadcasting_cube_with_leading_axis():
    header_in = fits.Header.fromtextfile(REPROJECT_DATA / "cube.hdr")
    header_out = header_in.copy()
    header_out["CRPIX3"] -= 0.3
    header_out["CRPIX1"] += 2.2
    rng = np.random.default_rng(7)
    data = rng.random((2, 3, 20, 18))
    sw, rp = both((data, WCS(header_in)), WCS(header_out), shape_out=(3, 16, 17), order="bicubic")
    assert sw[0].shape == (2, 3, 16, 17)
    assert_matches(sw, rp, 1.0, "bicubic", "4-D broadcast cube")


# ----------------------------------------------------------------------------------------------------
# output arrays: numpy, memmap, FITS opened in update mode


def test_output_array_and_footprint_are_written_in_place(gal2d):
    _, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    out, fp = np.full(shape, 7.0), np.full(shape, 7.0)
    ret = skywarp.reproject_interp((data, header), target, output_array=out, output_footprint=fp)
    assert ret[0] is out and ret[1] is fp
    assert_matches(
        (out, fp), reproject.reproject_interp((data, header), target), maxabs(data), label="in place"
    )
    out2 = np.zeros(shape)
    ret = skywarp.reproject_interp((data, header), target, output_array=out2, return_footprint=False)
    assert ret is out2
    np.testing.assert_array_equal(out2, out)


def test_output_float32_array(gal2d):
    _, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    d32 = data.astype(np.float32)
    out_sw, out_rp = np.zeros(shape, np.float32), np.zeros(shape, np.float32)
    skywarp.reproject_interp((d32, header), target, output_array=out_sw)
    reproject.reproject_interp((d32, header), target, output_array=out_rp)
    assert_matches(out_sw, out_rp, maxabs(data), label="float32 output")


def test_output_memmap(tmp_path, gal2d):
    _, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    mm = np.memmap(tmp_path / "out.dat", dtype=np.float64, mode="w+", shape=shape)
    fp = np.memmap(tmp_path / "fp.dat", dtype=np.float64, mode="w+", shape=shape)
    ret = skywarp.reproject_interp((data, header), target, output_array=mm, output_footprint=fp)
    assert ret[0] is mm
    mm.flush()
    fp.flush()
    again = np.memmap(tmp_path / "out.dat", dtype=np.float64, mode="r", shape=shape)
    assert_matches(
        (np.array(again), np.array(fp)),
        reproject.reproject_interp((data, header), target),
        maxabs(data),
        label="memmap",
    )


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_output_fits_file_in_update_mode(tmp_path, gal2d, dtype):
    """The data of a FITS file opened with mode='update' (big-endian, memory-mapped) as output_array."""
    _, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    path = tmp_path / "out.fits"
    fits.HDUList(
        [
            fits.PrimaryHDU(np.zeros(shape, dtype), target),
            fits.ImageHDU(np.zeros(shape, dtype), name="FOOTPRINT"),
        ]
    ).writeto(path)
    arr = data.astype(dtype)
    with fits.open(path, mode="update") as hdul:
        out, fp = hdul[0].data, hdul[1].data
        assert out.dtype.byteorder == ">"
        ret = skywarp.reproject_interp((arr, header), target, output_array=out, output_footprint=fp)
        assert ret[0] is out and ret[1] is fp
    with fits.open(path) as hdul:
        got = (hdul[0].data.astype(float), hdul[1].data.astype(float))
    assert_matches(got, reproject.reproject_interp((arr, header), target), maxabs(data), label="FITS update")


def test_output_non_contiguous_and_odd_dtypes(gal2d):
    _, data, header, target = gal2d
    shape = (target["NAXIS2"], target["NAXIS1"])
    ref = skywarp.reproject_interp((data, header), target)
    big = np.zeros((shape[0], shape[1] * 2))
    view = big[:, ::2]
    skywarp.reproject_interp((data, header), target, output_array=view)
    assert np.array_equal(view, ref[0], equal_nan=True)
    fp_bool = np.zeros(shape, dtype=bool)
    skywarp.reproject_interp((data, header), target, output_footprint=fp_bool)
    assert np.array_equal(fp_bool, ref[1].astype(bool))
    ro = np.zeros(shape)
    ro.flags.writeable = False
    with pytest.raises(ValueError):
        skywarp.reproject_interp((data, header), target, output_array=ro)


# ----------------------------------------------------------------------------------------------------
# block_size and parallel give the serial result bit for bit (numpy return)


@pytest.mark.parametrize("parallel", [False, True, 1, 2])
@pytest.mark.parametrize("block_size", [None, (5, 5), (16, 40), "auto"])
def test_blocked_and_parallel_bit_identical(gal2d, parallel, block_size):
    _, data, header, target = gal2d
    if block_size is None and parallel is False:
        return
    ref = skywarp.reproject_interp((data, header), target)
    got = skywarp.reproject_interp((data, header), target, parallel=parallel, block_size=block_size)
    assert np.array_equal(got[0], ref[0], equal_nan=True)
    assert np.array_equal(got[1], ref[1])


def test_block_size_broadcast_rules_match_reproject():
    array_in = np.ones((35, 25, 15))
    w = WCS(naxis=2)
    for bs in [(35, 10, 10), (1, 30, 30), (10, 10)]:
        got = skywarp.reproject_interp(
            (array_in, w), w, shape_out=(30, 30), parallel=1, return_footprint=False, block_size=bs
        )
        ref = reproject.reproject_interp(
            (array_in, w), w, shape_out=(30, 30), parallel=1, return_footprint=False, block_size=bs
        )
        assert_matches(got, ref, 1.0, label=f"block {bs}")
    for bs in [(10, 10, 10), (1, 2, 3, 4)]:
        msgs = []
        for fn in (skywarp.reproject_interp, reproject.reproject_interp):
            with pytest.raises(ValueError) as e:
                fn((array_in, w), w, shape_out=(30, 30), parallel=1, return_footprint=False, block_size=bs)
            msgs.append(str(e.value))
        assert msgs[0] == msgs[1]


def test_exact_coordinates_option(gal2d):
    """coord_tolerance=0 maps every pixel exactly (as reproject): still within tolerance, and the
    adaptive grid's differences from it stay far below the tolerance."""
    path, data, header, target = gal2d
    exact = skywarp.reproject_interp(str(path), target, coord_tolerance=0)
    grid = skywarp.reproject_interp(str(path), target)
    ref = reproject.reproject_interp(str(path), target)
    assert_matches(exact, ref, maxabs(data), label="exact coords")
    assert np.nanmax(np.abs(exact[0] - grid[0])) <= 1e-6 * maxabs(data)


def test_hdu_without_data_is_a_clear_error(multi_hdu_file, gal2d):
    """reproject fails with an AttributeError on None; skywarp says which HDU has no data."""
    target = gal2d[3]
    with pytest.raises(ValueError, match="has no data"):
        skywarp.reproject_interp(str(multi_hdu_file), target)  # hdu_in=0: an empty primary HDU
