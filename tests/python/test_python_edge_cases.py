"""Edge cases of the Python API, side by side with reproject (the oracle) where reproject has an answer:
empty inputs, shapes that are not integers, zero block sizes, kernel options, thread counts, single file
names. Each test is named after what used to go wrong."""

import warnings

import numpy as np
import pytest
import reproject
from astropy.io import fits
from astropy.wcs import FITSFixedWarning

import skywarp
from skywarp import _core, calibration
from skywarp._wcs import engine_wcs

from conftest import both, run_skywarp, tan_wcs

warnings.simplefilter("ignore", FITSFixedWarning)


def tan(n=64, crval=(10.0, 20.0)):
    return tan_wcs(n, crval=crval, cdelt=0.01)


@pytest.mark.parametrize("shape_in", [(0, 64), (64, 0), (0, 0)])
def test_zero_size_input_returns_nan_like_reproject(shape_in):
    (sw, sw_fp), (ref, ref_fp) = both((np.zeros(shape_in), tan()), tan(), shape_out=(40, 48))
    assert sw.shape == ref.shape == (40, 48)
    assert np.isnan(ref).all() and np.isnan(sw).all()
    np.testing.assert_array_equal(sw_fp, ref_fp)
    assert (sw_fp == 0).all()


def test_zero_size_input_fills_given_output_arrays():
    out = np.ones((16, 16))
    fp = np.ones((16, 16))
    skywarp.reproject_interp((np.zeros((0, 8)), tan()), tan(), output_array=out, output_footprint=fp)
    assert np.isnan(out).all() and (fp == 0).all()


def test_zero_size_input_as_dask_output():
    values, fp = skywarp.reproject_interp(
        (np.zeros((0, 8)), tan()), tan(), shape_out=(20, 20), block_size=(8, 8), return_type="dask"
    )
    assert np.isnan(values.compute()).all() and (fp.compute() == 0).all()


def test_zero_images_along_a_broadcast_axis_like_reproject():
    (sw, sw_fp), (ref, ref_fp) = both((np.zeros((0, 32, 32)), tan()), tan(), shape_out=(32, 32))
    assert sw.shape == ref.shape == (0, 32, 32)
    assert sw_fp.shape == ref_fp.shape


def test_zero_length_output_axis_is_a_value_error():
    with pytest.raises(ValueError, match="zero-length"):
        skywarp.reproject_interp((np.zeros((8, 8)), tan()), tan(), shape_out=(0, 64))
    with pytest.raises(ValueError):
        reproject.reproject_interp((np.zeros((8, 8)), tan()), tan(), shape_out=(0, 64))


@pytest.mark.parametrize("shape_out", [(64.5, 64), (64.0, 64), ("64", 64)])
def test_non_integer_shape_out_rejected_like_reproject(shape_out):
    data = (np.zeros((64, 64)), tan())
    with pytest.raises(TypeError) as ref:
        reproject.reproject_interp(data, tan(), shape_out=shape_out)
    with pytest.raises(TypeError) as got:
        skywarp.reproject_interp(data, tan(), shape_out=shape_out)
    assert str(got.value) == str(ref.value)


def test_numpy_integer_shape_out_accepted():
    out, _ = skywarp.reproject_interp((np.ones((64, 64)), tan()), tan(), shape_out=(np.int64(64), np.int32(60)))
    assert out.shape == (64, 60)


def test_negative_shape_out_rejected_like_reproject():
    data = (np.zeros((64, 64)), tan())
    with pytest.raises(ValueError) as ref:
        reproject.reproject_interp(data, tan(), shape_out=(-1, 64))
    with pytest.raises(ValueError) as got:
        skywarp.reproject_interp(data, tan(), shape_out=(-1, 64))
    assert str(got.value) == str(ref.value)


@pytest.mark.parametrize("block_size", [(0, 0), (0, 16), (-2, 4), (4.5, 4)])
@pytest.mark.parametrize("return_type", ["numpy", "dask"])
def test_bad_block_size_rejected(block_size, return_type):
    """reproject fails inside dask (ZeroDivisionError for 0, ValueError otherwise); skywarp used to accept
    block_size=(0, 0) silently."""
    data = (np.zeros((64, 64)), tan())
    with pytest.raises(Exception):
        reproject.reproject_interp(data, tan(), shape_out=(64, 64), block_size=block_size, return_type=return_type)
    with pytest.raises(ValueError, match="block_size"):
        skywarp.reproject_interp(data, tan(), shape_out=(64, 64), block_size=block_size, return_type=return_type)


def test_block_size_minus_one_means_whole_axis():
    data = np.random.default_rng(1).random((64, 64))
    got = skywarp.reproject_interp((data, tan()), tan(crval=(10.05, 20.0)), shape_out=(64, 64), block_size=(-1, 16))
    ref = skywarp.reproject_interp((data, tan()), tan(crval=(10.05, 20.0)), shape_out=(64, 64))
    np.testing.assert_array_equal(got[0], ref[0])
    np.testing.assert_array_equal(got[1], ref[1])


def test_negative_parallel_rejected_like_reproject():
    data = (np.zeros((64, 64)), tan())
    with pytest.raises(ValueError, match="strictly positive"):
        reproject.reproject_interp(data, tan(), shape_out=(64, 64), parallel=-1)
    with pytest.raises(ValueError, match="strictly positive"):
        skywarp.reproject_interp(data, tan(), shape_out=(64, 64), parallel=-1)


def _core_call(**kw):
    src = np.ones((8, 8))
    out = np.zeros((8, 8))
    cards = engine_wcs(tan(8)).cards
    return _core.reproject(src, cards, cards, [8, 8], out, **kw), out


def test_binding_rejects_unknown_method_and_options():
    """The binding builds the kernel from (method, options): a misspelt option is an error, not ignored."""
    stats, out = _core_call(method="interp", options={"order": 0})
    assert stats["blocks"] >= 1 and np.allclose(out, 1)
    with pytest.raises(ValueError, match="unknown interp option"):
        _core_call(method="interp", options={"ordr": 1})
    with pytest.raises(ValueError, match="unknown reprojection method"):
        _core_call(method="nosuch", options={})
    with pytest.raises(ValueError, match="order must be 0-3"):
        _core_call(method="interp", options={"order": 7})
    with pytest.raises(ValueError, match="positive"):
        _core_call(method="interp", options={}, block=(0, 8))


@pytest.fixture
def bias_file(tmp_path):
    path = tmp_path / "bias.fits"
    fits.writeto(path, np.full((16, 16), 100.0, dtype=np.float32))
    return path


@pytest.mark.parametrize("as_type", [str, lambda p: p])
def test_master_bias_of_a_single_file_name(bias_file, as_type):
    """master_bias('file.fits') used to read the string as a list of one-letter file names."""
    got = calibration.master_bias(as_type(bias_file))
    np.testing.assert_array_equal(got, calibration.master_bias([bias_file]))
    assert got.shape == (16, 16) and (got == 100).all()


def test_master_bias_of_a_non_sequence_is_a_type_error():
    with pytest.raises(TypeError, match="list of file names"):
        calibration.master_bias(42)


@pytest.mark.parametrize("threads", [-1, 0])
def test_negative_thread_counts_are_value_errors(bias_file, tmp_path, threads):
    """threads=-1 used to raise OverflowError from the conversion to an unsigned integer."""
    with pytest.raises(ValueError, match="threads must be at least 1"):
        calibration.master_bias([bias_file], threads=threads)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        calibration.calibrate_files([bias_file], tmp_path / "out", threads=threads)
    with pytest.raises(ValueError, match="memory_budget must be at least 1"):
        calibration.master_bias([bias_file], memory_budget=-5)


def test_output_array_aliasing_the_input_is_a_value_error():
    """The engine reads the input and writes the outputs without the GIL: an output sharing memory with
    the input used to be a silent data race; it is refused before any work."""
    data = np.random.default_rng(3).random((64, 64))
    before = data.copy()
    target = tan(crval=(10.1, 20.0))
    with pytest.raises(ValueError, match="output_array shares memory with the input array"):
        skywarp.reproject_interp((data, tan()), target, output_array=data)
    with pytest.raises(ValueError, match="output_array shares memory"):
        skywarp.reproject_interp((data, tan()), target, output_array=data[::-1])  # a reversed view
    np.testing.assert_array_equal(data, before)  # nothing was written
    out = np.zeros((64, 64))
    with pytest.raises(ValueError, match="output_footprint shares memory with the input array or output_array"):
        skywarp.reproject_interp((data, tan()), target, output_array=out, output_footprint=out)


def test_output_aliasing_the_input_on_the_dask_scheduler_is_a_value_error():
    """parallel='current-scheduler' stores chunks into the outputs while later chunks still read the
    input: the same refusal, before any work."""
    data = np.random.default_rng(3).random((64, 64))
    with pytest.raises(ValueError, match="output_array shares memory with the input array"):
        skywarp.reproject_interp(
            (data, tan()), tan(crval=(10.1, 20.0)), output_array=data, parallel="current-scheduler", block_size=(16, 16)
        )


def test_disjoint_parts_of_one_buffer_may_be_input_and_output():
    """Only overlapping memory is refused: planes 0 and 1 of one buffer are independent arrays."""
    buf = np.zeros((3, 64, 64))
    buf[0] = np.random.default_rng(4).random((64, 64))
    target = tan(crval=(10.1, 20.0))
    skywarp.reproject_interp((buf[0], tan()), target, output_array=buf[1], output_footprint=buf[2])
    ref, ref_fp = skywarp.reproject_interp((buf[0].copy(), tan()), target, shape_out=(64, 64))
    np.testing.assert_array_equal(buf[1], ref)
    np.testing.assert_array_equal(buf[2], ref_fp)


def test_inf_pixels_give_the_same_footprint_in_cli_and_python(tmp_path):
    """One footprint definition, the kernel's: the Python binding used to apply its own rule (1 unless
    NaN), so CLI and Python disagreed where ±inf input pixels reach the output."""
    rng = np.random.default_rng(5)
    data = rng.random((48, 48))
    data[10:14, 10:14] = np.inf
    data[30:33, 20:25] = -np.inf
    data[5, 40] = np.nan
    w_in, w_out = tan(48), tan(48, crval=(10.07, 20.05))
    header_in = w_in.to_header()
    src = tmp_path / "in.fits"
    fits.writeto(src, data, header_in)
    header_out = w_out.to_header()
    header_out["NAXIS"], header_out["NAXIS1"], header_out["NAXIS2"] = 2, 48, 48
    hdr = tmp_path / "out.hdr"
    header_out.totextfile(hdr)
    out = tmp_path / "out.fits"
    run_skywarp("reproject", src, "--to", hdr, "-o", out, "--dtype", "f64")
    with fits.open(out) as hl:
        cli, cli_fp = hl[0].data.astype(float), hl["FOOTPRINT"].data.astype(float)
    for order in ("nearest-neighbor", "bilinear"):
        py, py_fp = skywarp.reproject_interp(str(src), header_out, order=order)
        if order == "bilinear":
            np.testing.assert_array_equal(py, cli)
            np.testing.assert_array_equal(py_fp, cli_fp)
        assert np.isinf(py).any(), "the test must send inf pixels to the output"
        # reproject's rule: covered wherever the value is not NaN, ±inf included
        np.testing.assert_array_equal(py_fp, (~np.isnan(py)).astype(float))
        rp, rp_fp = reproject.reproject_interp(str(src), header_out, order=order)
        np.testing.assert_array_equal(np.isnan(py), np.isnan(rp))
        np.testing.assert_array_equal(py_fp, rp_fp)
    # dask chunks carry the same footprint
    _, dask_fp = skywarp.reproject_interp(str(src), header_out, block_size=(16, 16), return_type="dask")
    np.testing.assert_array_equal(dask_fp.compute(), cli_fp)


def test_huge_thread_counts_are_capped_with_a_warning(bias_file, tmp_path):
    """parallel=100000 / threads=100000 used to start that many threads (the CLI's --threads 100000 drove
    the load past 3000): the bindings cap them at a few per core, say so, and give the same result."""
    data = np.random.default_rng(6).random((64, 64))
    target = tan(crval=(10.1, 20.0))
    with pytest.warns(skywarp.SkywarpWarning, match="100000 threads requested; using"):
        got = skywarp.reproject_interp((data, tan()), target, shape_out=(64, 64), parallel=100000)
    ref = skywarp.reproject_interp((data, tan()), target, shape_out=(64, 64), parallel=1)
    np.testing.assert_array_equal(got[0], ref[0])
    with pytest.warns(skywarp.SkywarpWarning, match="100000 threads requested"):
        master = calibration.master_bias([bias_file], threads=100000)
    assert (master == 100).all()
    with pytest.warns(skywarp.SkywarpWarning, match="100000 threads requested"):
        res = calibration.calibrate_files([bias_file], tmp_path / "out", threads=100000)
    assert [r.status for r in res] == ["written"]
