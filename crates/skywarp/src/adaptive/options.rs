//! Options of adaptive resampling, with reproject 0.21's defaults, names and validation messages.

use crate::{Error, Result};

/// The averaging window applied in the output plane (reproject's `kernel`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdaptiveKernel {
    /// Separable Hann window reaching the neighbouring output pixel centres (zero beyond ±1 px).
    Hann,
    /// Circular Gaussian, truncated at `sample_region_width`; better photometry, slightly more blur.
    Gaussian,
}

/// What samples outside the input image contribute (reproject's `boundary_mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundaryMode {
    /// Any sample region reaching outside the input gives NaN.
    Strict,
    /// Outside samples take `boundary_fill_value`; NaN when the region is entirely outside.
    Constant,
    /// Outside samples take `boundary_fill_value`, also when the region is entirely outside.
    GridConstant,
    /// Outside samples are left out of the sum and of the weights.
    Ignore,
    /// As `Ignore`, unless the ignored weight exceeds `boundary_ignore_threshold` of the total: NaN.
    IgnoreThreshold,
    /// Outside samples take the value of the nearest input pixel.
    Nearest,
}

/// What NaN and ±inf input samples contribute (reproject's `bad_value_mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadValueMode {
    /// They propagate into every output pixel that samples them.
    Strict,
    /// They are left out of the sum and of the weights.
    Ignore,
    /// They are replaced by `bad_fill_value`.
    Constant,
}

/// Options of the adaptive (DeForest 2004) kernel. `Default` is reproject 0.21's defaults.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdaptiveOptions {
    /// Jacobian from the mapping at ±0.5 px (pixel corners) instead of the neighbouring pixel centres.
    pub center_jacobian: bool,
    /// Replace Jacobians far above their 3×3 neighbourhood's (all-sky seams) by their neighbours' mean.
    pub despike_jacobian: bool,
    /// Multiply by |det J| so that surface brightness × area (flux) is conserved.
    pub conserve_flux: bool,
    pub kernel: AdaptiveKernel,
    /// Gaussian ±1σ width in output pixels (ignored by Hann).
    pub kernel_width: f64,
    /// Width in output pixels of the region sampled for the Gaussian (ignored by Hann).
    pub sample_region_width: f64,
    pub boundary_mode: BoundaryMode,
    pub boundary_fill_value: f64,
    /// Fraction of the total weight, for [`BoundaryMode::IgnoreThreshold`].
    pub boundary_ignore_threshold: f64,
    /// Wrap the input x axis (columns), overriding the boundary mode on it (e.g. all-sky CAR maps).
    pub x_cyclic: bool,
    /// Wrap the input y axis (rows).
    pub y_cyclic: bool,
    pub bad_value_mode: BadValueMode,
    pub bad_fill_value: f64,
}

impl Default for AdaptiveOptions {
    fn default() -> Self {
        AdaptiveOptions {
            center_jacobian: false,
            despike_jacobian: false,
            conserve_flux: false,
            kernel: AdaptiveKernel::Gaussian,
            kernel_width: 1.3,
            sample_region_width: 4.0,
            boundary_mode: BoundaryMode::Strict,
            boundary_fill_value: 0.0,
            boundary_ignore_threshold: 0.5,
            x_cyclic: false,
            y_cyclic: false,
            bad_value_mode: BadValueMode::Strict,
            bad_fill_value: 0.0,
        }
    }
}

impl AdaptiveKernel {
    /// Case-insensitive, as reproject (`'hanning'` is accepted for Hann).
    pub fn parse(s: &str) -> Result<Self> {
        match s.to_lowercase().as_str() {
            "hann" | "hanning" => Ok(AdaptiveKernel::Hann),
            "gaussian" => Ok(AdaptiveKernel::Gaussian),
            _ => Err(Error::Value("'kernel' must be 'Hann' or 'Gaussian'".into())),
        }
    }
}

impl BoundaryMode {
    /// Case-insensitive, as reproject.
    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s.to_lowercase().as_str() {
            "strict" => BoundaryMode::Strict,
            "constant" => BoundaryMode::Constant,
            "grid-constant" => BoundaryMode::GridConstant,
            "ignore" => BoundaryMode::Ignore,
            "ignore_threshold" => BoundaryMode::IgnoreThreshold,
            "nearest" => BoundaryMode::Nearest,
            _ => return Err(Error::Value(format!("boundary_mode '{s}' not recognized"))),
        })
    }
}

impl BadValueMode {
    /// Case-insensitive, as reproject.
    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s.to_lowercase().as_str() {
            "strict" => BadValueMode::Strict,
            "constant" => BadValueMode::Constant,
            "ignore" => BadValueMode::Ignore,
            _ => return Err(Error::Value(format!("bad_value_mode '{s}' not recognized"))),
        })
    }
}

impl AdaptiveOptions {
    /// Rejects values for which the algorithm has no meaning. reproject accepts these silently and
    /// returns all-NaN or garbage; a serious tool says why instead.
    pub fn validate(&self) -> Result<()> {
        if self.kernel == AdaptiveKernel::Gaussian {
            if !(self.kernel_width.is_finite() && self.kernel_width > 0.0) {
                return Err(Error::Value(format!(
                    "kernel_width must be a positive number, got {}",
                    self.kernel_width
                )));
            }
            if !(self.sample_region_width.is_finite() && self.sample_region_width > 0.0) {
                return Err(Error::Value(format!(
                    "sample_region_width must be a positive number, got {}",
                    self.sample_region_width
                )));
            }
        }
        if self.boundary_ignore_threshold.is_nan() {
            return Err(Error::Value(
                "boundary_ignore_threshold must not be NaN".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_is_case_insensitive_with_reproject_messages() {
        assert_eq!(AdaptiveKernel::parse("Hann").unwrap(), AdaptiveKernel::Hann);
        assert_eq!(
            AdaptiveKernel::parse("hanning").unwrap(),
            AdaptiveKernel::Hann
        );
        assert_eq!(
            AdaptiveKernel::parse("GAUSSIAN").unwrap(),
            AdaptiveKernel::Gaussian
        );
        let e = AdaptiveKernel::parse("box").unwrap_err().to_string();
        assert_eq!(e, "'kernel' must be 'Hann' or 'Gaussian'");
        assert_eq!(
            BoundaryMode::parse("Grid-Constant").unwrap(),
            BoundaryMode::GridConstant
        );
        let e = BoundaryMode::parse("wrap").unwrap_err().to_string();
        assert_eq!(e, "boundary_mode 'wrap' not recognized");
        let e = BadValueMode::parse("zero").unwrap_err().to_string();
        assert_eq!(e, "bad_value_mode 'zero' not recognized");
    }

    #[test]
    fn defaults_are_reproject_and_validate() {
        let o = AdaptiveOptions::default();
        assert_eq!(o.kernel_width, 1.3);
        assert_eq!(o.sample_region_width, 4.0);
        assert_eq!(o.boundary_ignore_threshold, 0.5);
        o.validate().unwrap();
        let bad = AdaptiveOptions {
            kernel_width: 0.0,
            ..o
        };
        assert!(bad.validate().is_err());
        let hann = AdaptiveOptions {
            kernel: AdaptiveKernel::Hann,
            kernel_width: 0.0,
            ..o
        };
        hann.validate().unwrap();
    }
}
