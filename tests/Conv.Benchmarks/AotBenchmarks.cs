using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Conv.Benchmarks;

/// <summary>
/// The generated Forward of network layers compiled ahead of time by NativeAOT (`--aot`: a BenchmarkDotNet job that
/// publishes this project with PublishAot for .NET 10's default x64 baseline, x86-64-v2, so the Vector128 kernels).
/// Nothing but the generated code runs here: ONNX Runtime and TorchSharp stay out of the AOT process.
/// CONV_BENCH_SHAPES filters the layers as for NetworkBenchmarks.
/// </summary>
public class AotBenchmarks
{
    private Forward _generated = null!;
    private float[] _input = null!, _output = null!;

    public static IEnumerable<string> LayerNames => NetworkBenchmarks.LayerNames;

    [ParamsSource(nameof(LayerNames))]
    public string Layer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var shape = NetworkShapes.Every[Layer];
        var random = new Random(42);
        float[] Values(int n) => Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        _generated = shape.Create(Values(shape.Geometry.WeightLength), Values(shape.Geometry.BiasLength));
        _input = Values(shape.Geometry.InputLength);
        _output = new float[shape.Geometry.OutputLength];
        Console.WriteLine($"// Vector256 accelerated: {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}, Vector128: {System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated}");
    }

    [Benchmark]
    public void Generated() => _generated(_input, _output);
}
