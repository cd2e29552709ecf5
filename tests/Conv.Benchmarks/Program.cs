// Benchmarks of the generated Forward against the Conv.Runtime reference, a naive loop, TorchSharp and
// ONNX Runtime, single-threaded. Run (from the repo root):
//   dotnet run -c Release --project tests/Conv.Benchmarks
// Arguments go to BenchmarkDotNet, e.g. --filter '*ConvBenchmarks*' or --filter '*Peak*'.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Toolchains.NativeAot;
using Conv.Benchmarks;

if (args.Contains("--quick"))
{
    QuickCheck.Run();
    return;
}

// `--aot`: the generated code alone, published with NativeAOT for .NET 10's default x64 baseline, x86-64-v2 (SSE4.2),
// which BenchmarkDotNet would otherwise replace by the build machine's own; CONV_AOT_ISA names another (see AotBenchmarks).
// Beside it, in the same run, the JIT with every intrinsic off: the scalar kernels the AOT speed is measured against.
if (args.Contains("--aot"))
{
    var isa = Environment.GetEnvironmentVariable("CONV_AOT_ISA") ?? "x86-64-v2";
    var aot = ProcessJobs.Config(
        Job.Default.WithToolchain(NativeAotToolchain.CreateBuilder().UseNuGet().IlcInstructionSet(isa).TargetFrameworkMoniker("net10.0").ToToolchain())
            .WithId("NativeAOT " + isa),
        Job.Default.WithEnvironmentVariable("DOTNET_EnableHWIntrinsic", "0").WithId("JIT scalar"));
    BenchmarkSwitcher.FromTypes(new[] { typeof(AotBenchmarks), typeof(AotNetStandardBenchmarks) }).Run(args.Where(a => a != "--aot").ToArray(), aot);
    return;
}

// `--netstandard`: a netstandard2.0 library's layers beside the same layers of this project, under the JIT as it is, with
// Vector<T> widened to 512 bits (16-lane System.Numerics vectors), with AVX2 off (128-bit System.Numerics vectors,
// Vector128) and with every intrinsic off (scalar), in one run.
if (args.Contains("--netstandard"))
{
    var widths = ProcessJobs.Config(
        Job.Default.WithId("JIT"),
        Job.Default.WithEnvironmentVariable("DOTNET_MaxVectorTBitWidth", "512").WithId("JIT, Vector<T> 512"),
        Job.Default.WithEnvironmentVariable("DOTNET_EnableAVX2", "0").WithId("JIT, AVX2 off"),
        Job.Default.WithEnvironmentVariable("DOTNET_EnableHWIntrinsic", "0").WithId("JIT, intrinsics off"));
    BenchmarkSwitcher.FromTypes(new[] { typeof(NetStandardBenchmarks) }).Run(args.Where(a => a != "--netstandard").ToArray(), widths);
    return;
}

Console.WriteLine("TorchSharp native library: " + TorchSharpLoader.Prepare());

if (args.Contains("--quick-networks"))
{
    QuickCheck.RunNetworks();
    return;
}

// In process, so that the library patched above is the one loaded; the JIT reaches tier 1 in the warmup
// (and the generated kernels are marked AggressiveOptimization anyway).
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(4).WithIterationCount(12)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);

var summaries = BenchmarkSwitcher.FromTypes(new[] { typeof(PeakBenchmarks), typeof(ConvBenchmarks), typeof(CompositeBenchmarks), typeof(NetworkBenchmarks), typeof(RepVggBenchmarks) }).Run(args, config).ToArray();
var table = ResultsTable.Build(summaries);
if (table.Length > 0)
{
    Console.WriteLine(table);
    var path = Path.Combine("BenchmarkDotNet.Artifacts", "results", "conv-summary.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, table);
    Console.WriteLine("written to " + Path.GetFullPath(path));
}

/// <summary>The configuration of a run whose jobs each start their own process (a NativeAOT build, JIT settings by environment).</summary>
internal static class ProcessJobs
{
    public static ManualConfig Config(params Job[] jobs)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance);
        foreach (var job in jobs)
            config.AddJob(job.WithWarmupCount(4).WithIterationCount(12).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId(job.Id));
        return config.WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(80)).WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>Shape, generated time, GFLOP/s, the best peer and the ratio, and the fraction of the FMA peak.</summary>
internal static class ResultsTable
{
    public static string Build(Summary[] summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToArray();
        double Median(BenchmarkReport r) => r.ResultStatistics!.Median;
        double Peak(string method, long flops) =>
            reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } found ? flops / Median(found) : double.NaN;
        var peak256 = Peak(nameof(PeakBenchmarks.FmaPeak), PeakBenchmarks.FlopsPerInvoke);
        var peak512 = Peak(nameof(PeakBenchmarks.FmaPeak512), PeakBenchmarks.FlopsPerInvoke512);
        // The percentages are of the faster of the two: the peak the widest kernel this core runs can reach.
        var peakGflops = double.IsNaN(peak512) || peak256 > peak512 ? peak256 : peak512;
        var text = new StringBuilder();
        if (!double.IsNaN(peakGflops))
            text.AppendLine(FormattableString.Invariant(
                $"One core's FP32 FMA peak, measured: {peakGflops:F1} GFLOP/s (256-bit FMA {peak256:F1}, 512-bit FMA {peak512:F1})")).AppendLine();

        var conv = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ConvBenchmarks))
            .GroupBy(r => (Shape: (string)r.BenchmarkCase.Parameters["Shape"], Batch: (int)r.BenchmarkCase.Parameters["Batch"]))
            .ToArray();
        if (conv.Length > 0)
        {
            text.AppendLine("| shape | batch | generated | GFLOP/s | % of peak | ONNX Runtime | TorchSharp | best peer / generated | reference | naive |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var group in conv.OrderBy(g => Array.IndexOf(Shapes.All.Keys.ToArray(), g.Key.Shape)).ThenBy(g => g.Key.Batch))
            {
                double? Time(string method) => group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } r ? Median(r) : null;
                var generated = Time(nameof(ConvBenchmarks.Generated));
                if (generated is null) continue;
                var flops = 2.0 * Shapes.All[group.Key.Shape].Geometry.MultiplyAdds * group.Key.Batch;
                var gflops = flops / generated.Value;
                var ort = Time(nameof(ConvBenchmarks.OnnxRuntime));
                var torch = Time(nameof(ConvBenchmarks.TorchSharp));
                var best = new[] { ort, torch }.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(double.NaN).Min();
                text.AppendLine(FormattableString.Invariant(
                    $"| {group.Key.Shape} | {group.Key.Batch} | {Format(generated)} | {gflops:F1} | {Percent(gflops, peakGflops)} | {Format(ort)} | {Format(torch)} | {Ratio(double.IsNaN(best) ? null : best, generated)} | {Format(Time(nameof(ConvBenchmarks.Reference)))} | {Format(Time(nameof(ConvBenchmarks.Naive)))} |"));
            }

            text.AppendLine();
        }

        var repVgg = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(RepVggBenchmarks)).ToArray();
        double? RepVggTime(string method) => repVgg.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } found ? Median(found) : null;
        if (RepVggTime(nameof(RepVggBenchmarks.AsTrained)) is { } trained && RepVggTime(nameof(RepVggBenchmarks.Merged)) is { } merged)
        {
            text.AppendLine("| RepVGG block, 96 channels at 56x56 | as trained (3x3+BN, 1x1+BN, BN, add, ReLU) | merged at build time | speed-up |");
            text.AppendLine("|---|---:|---:|---:|");
            text.AppendLine(FormattableString.Invariant($"| batch 1 | {Format(trained)} | {Format(merged)} | {trained / merged:F2}x |"));
            text.AppendLine();
        }

        var networks = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(NetworkBenchmarks))
            .GroupBy(r => (Layer: (string)r.BenchmarkCase.Parameters["Layer"], Batch: (int)r.BenchmarkCase.Parameters["Batch"]))
            .ToArray();
        if (networks.Length > 0)
        {
            text.AppendLine("| layer | batch | generated | GFLOP/s | % of peak | ORT 1 thread | ORT 1t / generated | generated, all cores | speed-up | ORT 2 threads | ORT 2t / generated all cores | TorchSharp |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            var ratios = new System.Collections.Generic.List<double>();
            var parallelRatios = new System.Collections.Generic.List<double>();
            foreach (var group in networks.OrderBy(g => Array.IndexOf(NetworkShapes.Every.Keys.ToArray(), g.Key.Layer)).ThenBy(g => g.Key.Batch))
            {
                double? Time(string method) => group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } r ? Median(r) : null;
                var generated = Time(nameof(NetworkBenchmarks.Generated));
                if (generated is null) continue;
                var gflops = 2.0 * NetworkShapes.Every[group.Key.Layer].Geometry.MultiplyAdds * group.Key.Batch / generated.Value;
                var ort = Time(nameof(NetworkBenchmarks.OnnxRuntime1Thread));
                var parallel = Time(nameof(NetworkBenchmarks.GeneratedParallel));
                var ort2 = Time(nameof(NetworkBenchmarks.OnnxRuntime2Threads));
                if (ort is not null) ratios.Add(ort.Value / generated.Value);
                if (ort2 is not null && parallel is not null) parallelRatios.Add(ort2.Value / parallel.Value);
                text.AppendLine(FormattableString.Invariant(
                    $"| {group.Key.Layer} | {group.Key.Batch} | {Format(generated)} | {gflops:F1} | {Percent(gflops, peakGflops)} | {Format(ort)} | {Ratio(ort, generated)} | {Format(parallel)} | {Ratio(generated, parallel)} | {Format(ort2)} | {Ratio(ort2, parallel)} | {Format(Time(nameof(NetworkBenchmarks.TorchSharp)))} |"));
            }

            if (ratios.Count > 0)
                text.AppendLine().AppendLine(FormattableString.Invariant(
                    $"Against ORT 1 thread: geometric mean {Math.Exp(ratios.Average(Math.Log)):F2}x, at or above on {ratios.Count(r => r >= 1)} of {ratios.Count}."));
            if (parallelRatios.Count > 0)
                text.AppendLine().AppendLine(FormattableString.Invariant(
                    $"All cores against ORT 2 threads: geometric mean {Math.Exp(parallelRatios.Average(Math.Log)):F2}x, at or above on {parallelRatios.Count(r => r >= 1)} of {parallelRatios.Count}."));
            text.AppendLine();
        }

        var composite = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(CompositeBenchmarks)).GroupBy(r => (int)r.BenchmarkCase.Parameters["Batch"]).ToArray();
        if (composite.Length > 0)
        {
            text.AppendLine("| seed layers | batch | sequence | composite | composite / sequence |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var group in composite.OrderBy(g => g.Key))
            {
                var sequence = Median(group.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(CompositeBenchmarks.Sequence)));
                var single = Median(group.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(CompositeBenchmarks.Composite)));
                text.AppendLine(FormattableString.Invariant($"| 4x7x7 -> 7 -> 3 | {group.Key} | {Format(sequence)} | {Format(single)} | {single / sequence:F2} |"));
            }
        }

        return text.ToString();
    }

    // Without the peak benchmark in the run there is no fraction of it.
    private static string Percent(double gflops, double peak) =>
        double.IsNaN(peak) ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100 * gflops / peak:F0}%");

    // A method left out of the run by --filter has no time: its ratios are "-", not NaN.
    private static string Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d ? string.Create(CultureInfo.InvariantCulture, $"{n / d:F2}x") : "-";

    private static string Format(double? nanoseconds) => nanoseconds switch
    {
        null => "-",
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:F0} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:F2} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:F2} ms"),
    };
}
