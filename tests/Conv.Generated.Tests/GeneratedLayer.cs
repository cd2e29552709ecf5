using System;
using Conv;

namespace Conv.Generated.Tests;

/// <summary>What every generated layer type has, so that tests can run any of them; declared types add it.</summary>
public interface ILayer
{
    float[] Weight { get; }
    float[]? Bias { get; }
    void Forward(ReadOnlySpan<float> input, Span<float> output);
    float[] Forward(ReadOnlySpan<float> input);
    void Forward(ReadOnlyMemory<float> input, Memory<float> output, int maxDegreeOfParallelism);
}

public delegate void ComposeKernelsCall(float[][] weights, float[]?[] biases, Span<float> weight, Span<float> bias);

/// <summary>A declared layer type's generated constants and constructor, as the registry hands them to tests.</summary>
public class GeneratedLayer
{
    public required int[] Sizes { get; init; }
    public required bool HasBias { get; init; }
    public required PaddingMode PaddingMode { get; init; }
    public required Func<float[], float[]?, ILayer> Create { get; init; }

    public static GeneratedLayer Of<T>(int inChannels, int outChannels, int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
        int paddingHeight, int paddingWidth, int dilationHeight, int dilationWidth, int groups, bool hasBias, PaddingMode paddingMode,
        int inputHeight, int inputWidth, int outputHeight, int outputWidth, Func<float[], float[]?, T> create)
        where T : ILayer => new()
    {
        Sizes = new[] { inChannels, outChannels, kernelHeight, kernelWidth, strideHeight, strideWidth, paddingHeight, paddingWidth, dilationHeight, dilationWidth, groups, inputHeight, inputWidth, outputHeight, outputWidth },
        HasBias = hasBias,
        PaddingMode = paddingMode,
        Create = (w, b) => create(w, b),
    };
}

/// <summary>A declared composite type: its layer surface plus what composites have.</summary>
public sealed class GeneratedComposite : GeneratedLayer
{
    public required bool IsExact { get; init; }
    public required Region ExactRegion { get; init; }
    public required int WeightLength { get; init; }
    public required int BiasLength { get; init; }
    public required Func<float[][], float[]?[], ILayer> Compose { get; init; }
    public required ComposeKernelsCall ComposeKernels { get; init; }
    public required GeneratedLayer[] Members { get; init; }

    public static GeneratedComposite Of<T>(int inChannels, int outChannels, int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
        int paddingHeight, int paddingWidth, int dilationHeight, int dilationWidth, int groups, bool hasBias, PaddingMode paddingMode,
        int inputHeight, int inputWidth, int outputHeight, int outputWidth, Func<float[], float[]?, T> create,
        bool isExact, Region exactRegion, int weightLength, int biasLength,
        Func<float[][], float[]?[], T> compose, ComposeKernelsCall composeKernels, GeneratedLayer[] members)
        where T : ILayer
    {
        var layer = GeneratedLayer.Of(inChannels, outChannels, kernelHeight, kernelWidth, strideHeight, strideWidth, paddingHeight, paddingWidth,
            dilationHeight, dilationWidth, groups, hasBias, paddingMode, inputHeight, inputWidth, outputHeight, outputWidth, create);
        return new GeneratedComposite
        {
            Sizes = layer.Sizes,
            HasBias = hasBias,
            PaddingMode = paddingMode,
            Create = layer.Create,
            IsExact = isExact,
            ExactRegion = exactRegion,
            WeightLength = weightLength,
            BiasLength = biasLength,
            Compose = (w, b) => compose(w, b),
            ComposeKernels = composeKernels,
            Members = members,
        };
    }
}
