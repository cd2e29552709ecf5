using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.ML.OnnxRuntime;
using TorchSharp;
using static TorchSharp.torch;

namespace Conv.Benchmarks;

/// <summary>
/// Every distinct conv layer of ResNet-18, VGG-16 and MobileNetV2 at 224x224: the generated Forward on one thread and
/// on every core against ONNX Runtime on one and on two threads and TorchSharp on one. Each is checked against ONNX Runtime before timing
/// (the double-accumulating reference is too slow for these sizes).
/// CONV_BENCH_SHAPES filters the layers by words in their names; CONV_BENCH_BATCHES sets the batch sizes ("1,8").
/// </summary>
public class NetworkBenchmarks
{
    private Conv2dGeometry _g = null!;
    private Forward _generated = null!;
    private ParallelForward _parallel = null!;
    private float[] _input = null!, _output = null!;
    private InferenceSession _ort1 = null!, _ort2 = null!;
    private RunOptions _runOptions = null!;
    private OrtValue _ortInput = null!, _ortOutput = null!;
    private float[] _ortBuffer = null!;
    private Tensor _torchInput = null!, _torchWeight = null!, _torchBias = null!;

    public static IEnumerable<string> LayerNames => NetworkShapes.Selected();

    public static IEnumerable<int> Batches =>
        (Environment.GetEnvironmentVariable("CONV_BENCH_BATCHES") is { Length: > 0 } batches ? batches : "1").Split(',').Select(int.Parse);

    [ParamsSource(nameof(LayerNames))]
    public string Layer { get; set; } = "";

    [ParamsSource(nameof(Batches))]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = NetworkShapes.Every[Layer];
        _g = shape.Geometry;
        var random = new Random(42);
        float[] Values(int n) => random.Floats(n);
        var weight = Values(_g.WeightLength);
        var bias = Values(_g.BiasLength);
        _input = Values(Batch * _g.InputLength);
        _output = new float[Batch * _g.OutputLength];
        _generated = shape.Create(weight, bias);
        _parallel = shape.CreateParallel!(weight, bias);

        _ort1 = OnnxConv.Session(_g, weight, bias, Batch, threads: 1);
        _ort2 = OnnxConv.Session(_g, weight, bias, Batch, threads: 2);
        _runOptions = new RunOptions();
        _ortBuffer = new float[_output.Length];
        _ortInput = OrtValue.CreateTensorValueFromMemory(_input, new long[] { Batch, _g.InChannels, _g.InputHeight, _g.InputWidth });
        _ortOutput = OrtValue.CreateTensorValueFromMemory(_ortBuffer, new long[] { Batch, _g.OutChannels, _g.OutputHeight, _g.OutputWidth });

        torch.set_num_threads(1);
        _torchInput = torch.tensor(_input, new long[] { Batch, _g.InChannels, _g.InputHeight, _g.InputWidth });
        _torchWeight = torch.tensor(weight, new long[] { _g.OutChannels, _g.InChannels / _g.Groups, _g.KernelHeight, _g.KernelWidth });
        _torchBias = torch.tensor(bias, new long[] { _g.OutChannels });

        GeneratedParallel();
        var parallel = (float[])_output.Clone();
        Generated();
        if (!parallel.AsSpan().SequenceEqual(_output)) throw new InvalidOperationException($"the parallel Forward differs from one thread on {Layer}");
        OnnxRuntime1Thread();
        var scale = Math.Max(1e-6, _ortBuffer.Max(Math.Abs));
        var worst = _ortBuffer.Zip(_output, (e, a) => Math.Abs((double)e - a)).Max();
        if (worst > 1e-4 * scale) throw new InvalidOperationException($"generated differs from ONNX Runtime on {Layer} by {worst} (scale {scale})");
    }

    [Benchmark(Baseline = true)]
    public void Generated() => _generated(_input, _output);

    [Benchmark]
    public void GeneratedParallel() => _parallel(_input, _output, -1);

    [Benchmark]
    public void OnnxRuntime1Thread() => _ort1.Run(_runOptions, new[] { "X" }, new[] { _ortInput }, new[] { "Y" }, new[] { _ortOutput });

    [Benchmark]
    public void OnnxRuntime2Threads() => _ort2.Run(_runOptions, new[] { "X" }, new[] { _ortInput }, new[] { "Y" }, new[] { _ortOutput });

    [Benchmark]
    public void TorchSharp()
    {
        using var _ = torch.no_grad();
        torch.nn.functional.conv2d(_torchInput, _torchWeight, _torchBias,
            strides: new long[] { _g.StrideHeight, _g.StrideWidth }, padding: new long[] { _g.PaddingHeight, _g.PaddingWidth },
            dilation: new long[] { _g.DilationHeight, _g.DilationWidth }, groups: _g.Groups).Dispose();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ortInput.Dispose();
        _ortOutput.Dispose();
        _runOptions.Dispose();
        _ort1.Dispose();
        _ort2.Dispose();
        _torchInput.Dispose();
        _torchWeight.Dispose();
        _torchBias.Dispose();
    }
}
