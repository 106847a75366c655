namespace Rdsim.Reporting.Brief;

/// <summary>What became of a brief's PDF (<see cref="PdfPrinter.Print"/>).</summary>
public enum PdfPrintStatus
{
    /// <summary>Written with <see cref="PdfPrinter.Chromium"/>.</summary>
    Written,

    /// <summary>Not written: <see cref="PdfPrinter.Chromium"/> is not installed.</summary>
    NoBrowser,

    /// <summary>Not written: Chromium did not print within <see cref="PdfPrinter.Timeout"/>, and was stopped.</summary>
    TimedOut,

    /// <summary>Not written: Chromium ended without printing the page.</summary>
    Failed,
}
