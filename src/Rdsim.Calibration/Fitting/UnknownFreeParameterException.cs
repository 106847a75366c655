using Rdsim.Scenarios;

namespace Rdsim.Calibration.Fitting;

/// <summary>A <c>--free</c> name that calibrate does not know; the command line reports <see cref="Text"/> in the run's language.</summary>
public sealed class UnknownFreeParameterException(Bilingual text) : ArgumentException(text.En)
{
    /// <summary>What is wrong, in English and Chinese.</summary>
    public Bilingual Text { get; } = text;
}
