using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Conv.Benchmarks;

/// <summary>
/// An ONNX model of one Conv node with the weights as initializers, written as protobuf by hand (the onnx.proto
/// field numbers are in the comments), so that no model file or ONNX tooling is needed.
/// </summary>
public static class OnnxConv
{
    /// <summary>A session running the one-node model on <paramref name="threads"/> intra-op threads, sequentially, fully optimised.</summary>
    public static Microsoft.ML.OnnxRuntime.InferenceSession Session(Conv2dGeometry g, float[] weight, float[]? bias, int batch, int threads) =>
        new(Model(g, weight, bias, batch), new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = Microsoft.ML.OnnxRuntime.ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_ALL,
        });

    public static byte[] Model(Conv2dGeometry g, float[] weight, float[]? bias, int batch)
    {
        var node = new Proto();
        node.String(1, "X").String(1, "W");
        if (bias is not null) node.String(1, "B");
        node.String(2, "Y").String(4, "Conv")                                                    // input, output, op_type
            .Message(5, Ints("kernel_shape", g.KernelHeight, g.KernelWidth))                        // attribute
            .Message(5, Ints("pads", g.PaddingHeight, g.PaddingWidth, g.PaddingHeight, g.PaddingWidth))
            .Message(5, Ints("strides", g.StrideHeight, g.StrideWidth))
            .Message(5, Ints("dilations", g.DilationHeight, g.DilationWidth))
            .Message(5, new Proto().String(1, "group").Varint(3, g.Groups).Varint(20, 2));         // name, i, type INT

        var graph = new Proto().Message(1, node).String(2, "conv")
            .Message(5, Tensor("W", weight, g.OutChannels, g.InChannels / g.Groups, g.KernelHeight, g.KernelWidth));
        if (bias is not null) graph.Message(5, Tensor("B", bias, g.OutChannels));
        graph.Message(11, ValueInfo("X", batch, g.InChannels, g.InputHeight, g.InputWidth))
            .Message(12, ValueInfo("Y", batch, g.OutChannels, g.OutputHeight, g.OutputWidth));

        return new Proto().Varint(1, 8)                                                            // ir_version
            .String(2, "conv-benchmarks")                                                          // producer_name
            .Message(7, graph)                                                                     // graph
            .Message(8, new Proto().String(1, "").Varint(2, 13))                                   // opset_import: ai.onnx 13
            .ToArray();
    }

    private static Proto Ints(string name, params long[] values)
    {
        var attribute = new Proto().String(1, name);
        foreach (var value in values) attribute.Varint(8, value);                                  // ints
        return attribute.Varint(20, 7);                                                            // type INTS
    }

    private static Proto Tensor(string name, float[] values, params long[] dims)
    {
        var tensor = new Proto();
        foreach (var dim in dims) tensor.Varint(1, dim);                                           // dims
        var raw = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, raw, 0, raw.Length);                                           // little-endian floats
        return tensor.Varint(2, 1).String(8, name).Bytes(9, raw);                                  // data_type FLOAT, name, raw_data
    }

    private static Proto ValueInfo(string name, params long[] dims)
    {
        var shape = new Proto();
        foreach (var dim in dims) shape.Message(1, new Proto().Varint(1, dim));                    // dim { dim_value }
        var tensorType = new Proto().Varint(1, 1).Message(2, shape);                               // elem_type FLOAT, shape
        return new Proto().String(1, name).Message(2, new Proto().Message(1, tensorType));         // name, type { tensor_type }
    }

    private sealed class Proto
    {
        private readonly MemoryStream _bytes = new();

        public Proto Varint(int field, long value)
        {
            Key(field, 0);
            Raw((ulong)value);
            return this;
        }

        public Proto String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public Proto Message(int field, Proto message) => Bytes(field, message.ToArray());

        public Proto Bytes(int field, byte[] value)
        {
            Key(field, 2);
            Raw((ulong)value.Length);
            _bytes.Write(value);
            return this;
        }

        public byte[] ToArray() => _bytes.ToArray();

        private void Key(int field, int wireType) => Raw((ulong)((field << 3) | wireType));

        private void Raw(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _bytes.WriteByte((byte)value);
        }
    }
}
