// Loads rdsim into a notebook from this repository's own build, not from a published package.
// Every notebook here starts with `#load "rdsim-setup.csx"`; build first: `dotnet build -c Release`.
//
// The CLI's Release output holds the rdsim assemblies and every dependency at the versions the solution
// pins (YamlDotNet, Bogus, CsvHelper, ScottPlot, SkiaSharp…), so nothing here can drift from what the
// tests and the `rdsim` command use. A notebook host does not read that folder's deps.json, so below we
// point it at the folder for managed dependencies and for SkiaSharp's native library (ScottPlot draws with it).
#r "../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Model.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Scenarios.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Engine.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Reporting.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Runs.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/ScottPlot.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/SkiaSharp.dll"
#r "../src/Rdsim.Cli/bin/Release/net10.0/HarfBuzzSharp.dll"

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

/// <summary>Where the notebooks find rdsim: the CLI's Release output, which holds every dependency.</summary>
static class RdsimBuild
{
    /// <summary>The build output folder (relative to the notebooks folder, the working directory of a notebook).</summary>
    public static readonly string Folder = Path.GetFullPath(Path.Combine("..", "src", "Rdsim.Cli", "bin", "Release", "net10.0"));

    private static bool _ready;

    /// <summary>Resolves dependencies and native libraries from <see cref="Folder"/>; once per kernel, so re-running the cell is harmless.</summary>
    public static void Prepare()
    {
        if (_ready) return;
        if (!File.Exists(Path.Combine(Folder, "Rdsim.Engine.dll")))
        {
            throw new FileNotFoundException($"rdsim is not built: run `dotnet build -c Release` in the repository first (looked in {Folder}).");
        }
        AppDomain.CurrentDomain.AssemblyResolve += (_, e) =>
        {
            var file = Path.Combine(Folder, new AssemblyName(e.Name).Name + ".dll");
            return File.Exists(file) ? Assembly.LoadFrom(file) : null;
        };
        var native = NativeFolder();
        DllImportResolver resolver = (name, _, _) =>
        {
            var file = Directory.EnumerateFiles(native).FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == name);
            return file is null ? IntPtr.Zero : NativeLibrary.Load(file);
        };
        NativeLibrary.SetDllImportResolver(typeof(SkiaSharp.SKImage).Assembly, resolver);
        NativeLibrary.SetDllImportResolver(typeof(HarfBuzzSharp.Blob).Assembly, resolver);
        _ready = true;
    }

    private static string NativeFolder()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;   // linux-x64, osx-arm64, win-x64, …
        foreach (var candidate in new[] { rid, rid.Split('-')[0] })
        {
            var folder = Path.Combine(Folder, "runtimes", candidate, "native");
            if (Directory.Exists(folder)) return folder;
        }
        throw new DirectoryNotFoundException($"No native SkiaSharp library for {rid} under {Path.Combine(Folder, "runtimes")}.");
    }
}

/// <summary>Small display helpers: an image inline, a table with right-aligned numbers, a scratch folder.</summary>
static class Show
{
    /// <summary>Shows a PNG inline.</summary>
    public static void Png(byte[] png) =>
        Microsoft.DotNet.Interactive.Kernel.display(Microsoft.DotNet.Interactive.Kernel.HTML(
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" style=\"max-width:100%\"/>"));

    /// <summary>Shows a PNG file inline (e.g. a chart drawn by Rdsim.Reporting: <c>Show.PngFile(chart.Png)</c>).</summary>
    public static void PngFile(string path) => Png(File.ReadAllBytes(path));

    /// <summary>Shows rows as an HTML table: the first column as text, the others right-aligned.</summary>
    public static void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var html = new StringBuilder("<table><thead><tr>");
        for (var i = 0; i < headers.Count; i++) html.Append(Cell("th", headers[i], i));
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++) html.Append(Cell("td", row[i], i));
            html.Append("</tr>");
        }
        Microsoft.DotNet.Interactive.Kernel.display(Microsoft.DotNet.Interactive.Kernel.HTML(html.Append("</tbody></table>").ToString()));
    }

    /// <summary>A fresh scratch folder for files a notebook writes (outside the repository).</summary>
    public static string Scratch(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rdsim-notebooks", name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Cell(string tag, string text, int column) =>
        $"<{tag} style=\"text-align:{(column == 0 ? "left" : "right")}\">{WebUtility.HtmlEncode(text)}</{tag}>";
}

RdsimBuild.Prepare();
