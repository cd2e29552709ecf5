using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>
/// The trained model of tests/fixtures/weights, its state_dict read from the .npy files and the F32 safetensors file
/// (minimal readers here, per the fixtures' README: independent of the package's SafeTensors and Npy, which
/// WeightsReaderTests checks against them), run module by module through the reference convolution against PyTorch's
/// per-module outputs.
/// </summary>
public class TrainedWeightsFixtureTests
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "weights");

    private static float[] Floats(JsonElement e) => e.EnumerateArray().Select(v => (float)v.GetDouble()).ToArray();

    // numpy.save: magic, version 1.0, a 2-byte header length, a Python-dict header, then little-endian float32 data.
    internal static float[] Npy(string key)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "npy", key + ".npy"));
        Assert.Equal("\x93NUMPY", Encoding.Latin1.GetString(bytes, 0, 6));
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        Assert.Contains("'descr': '<f4'", Encoding.ASCII.GetString(bytes, 10, headerLength));
        return LittleEndianFloats(bytes, 10 + headerLength, bytes.Length - 10 - headerLength);
    }

    private static float[] LittleEndianFloats(byte[] bytes, int start, int length) =>
        Enumerable.Range(0, length / 4).Select(i => BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(start + 4 * i))).ToArray();

    [Fact]
    public void Safetensors_F32_holds_the_same_tensors_as_the_npy_files()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "model.safetensors"));
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        using var header = JsonDocument.Parse(Encoding.UTF8.GetString(bytes, 8, headerLength));
        var floats = 0;
        foreach (var tensor in header.RootElement.EnumerateObject().Where(t => t.Name != "__metadata__"))
        {
            if (tensor.Value.GetProperty("dtype").GetString() != "F32") continue;
            var offsets = tensor.Value.GetProperty("data_offsets").EnumerateArray().Select(o => o.GetInt32()).ToArray();
            var values = LittleEndianFloats(bytes, 8 + headerLength + offsets[0], offsets[1] - offsets[0]);
            Assert.Equal(Npy(tensor.Name), values);
            floats++;
        }

        Assert.Equal(Directory.EnumerateFiles(Path.Combine(Folder, "npy"), "*.npy").Count(), floats);
    }

    [Fact]
    public void Every_module_through_the_reference_matches_PyTorch()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "model.json")));
        var root = json.RootElement;
        var shape = root.GetProperty("inputShape").EnumerateArray().Select(v => v.GetInt32()).ToArray();
        int height = shape[2], width = shape[3];
        var x = Floats(root.GetProperty("input"));
        var outputs = root.GetProperty("outputs").EnumerateArray().ToArray();
        var layers = root.GetProperty("layers").EnumerateArray().ToArray();
        for (var i = 0; i < layers.Length; i++)
        {
            var layer = layers[i];
            var name = layer.GetProperty("name").GetString()!;
            switch (layer.GetProperty("op").GetString())
            {
                case "conv2d":
                    int Pair(string key, int index) => layer.GetProperty(key)[index].GetInt32();
                    var hasBias = layer.GetProperty("bias").GetBoolean();
                    var g = new Conv2dGeometry(layer.GetProperty("inChannels").GetInt32(), layer.GetProperty("outChannels").GetInt32(),
                        Pair("kernelSize", 0), Pair("kernelSize", 1), height, width, Pair("stride", 0), Pair("stride", 1),
                        Pair("padding", 0), Pair("padding", 1), Pair("dilation", 0), Pair("dilation", 1), layer.GetProperty("groups").GetInt32(), hasBias);
                    x = Conv2d.Forward(g, x, Npy(name + ".weight"), hasBias ? Npy(name + ".bias") : default);
                    (height, width) = (g.OutputHeight, g.OutputWidth);
                    break;
                case "batchnorm2d":
                    // Eval mode, as the depthwise 1x1 conv it folds to.
                    var c = layer.GetProperty("channels").GetInt32();
                    var eps = layer.GetProperty("eps").GetDouble();
                    float[] gamma = Npy(name + ".weight"), beta = Npy(name + ".bias"), mean = Npy(name + ".running_mean"), variance = Npy(name + ".running_var");
                    var scale = Enumerable.Range(0, c).Select(k => gamma[k] / Math.Sqrt(variance[k] + eps)).ToArray();
                    x = Conv2d.Forward(new Conv2dGeometry(c, c, 1, 1, height, width, groups: c), x,
                        scale.Select(v => (float)v).ToArray(), Enumerable.Range(0, c).Select(k => (float)(beta[k] - mean[k] * scale[k])).ToArray());
                    break;
                default:
                    x = x.Select(v => Math.Max(0f, v)).ToArray();
                    break;
            }

            Assert.Equal(name, outputs[i].GetProperty("name").GetString());
            Tolerance.Equal(Floats(outputs[i].GetProperty("output")), x, $"module {name}", 1e-4);
        }

        Tolerance.Equal(Floats(root.GetProperty("output")), x, "model output", 1e-4);
    }
}
