using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Conv.Tests;
using Xunit;

namespace Conv.Runtime.Tests;

/// <summary>
/// SafeTensors and Npy on PyTorch's trained state_dict (tests/fixtures/weights) in F32, F16, BF16 and .npy, checked
/// against the independent minimal reader of TrainedWeightsFixtureTests; then corrupt and hostile files: a clear
/// InvalidDataException every time, never another exception, a crash or a hang.
/// </summary>
public class WeightsReaderTests
{
    private static string Folder => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "weights");

    private static readonly string[] FloatTensors =
    {
        "0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "3.weight",
        "4.weight", "4.bias", "4.running_mean", "4.running_var", "6.weight", "6.bias",
    };

    [Fact]
    public void F32_file_reads_every_tensor_with_its_shape_and_dtype()
    {
        using var file = SafeTensors.Open(Path.Combine(Folder, "model.safetensors"));
        Assert.Equal(15, file.Names.Count);
        Assert.Equal("pt", file.Metadata["format"]);
        Assert.Equal(new[] { 8, 3, 3, 3 }, file.Shape("0.weight"));
        Assert.Equal("I64", file.DType("1.num_batches_tracked"));
        Assert.Empty(file.Shape("1.num_batches_tracked"));
        Assert.False(file.IsFloat("4.num_batches_tracked"));
        foreach (var name in FloatTensors)
        {
            Assert.Equal("F32", file.DType(name));
            Assert.Equal(TrainedWeightsFixtureTests.Npy(name), file.ReadFloat32(name));
        }
    }

    [Theory]
    [InlineData("model_f16.safetensors", "F16", 1e-3)]
    [InlineData("model_bf16.safetensors", "BF16", 8e-3)]
    public void Half_precision_files_convert_to_the_float32_values_within_their_precision(string fileName, string dtype, double relative)
    {
        using var file = SafeTensors.Open(Path.Combine(Folder, fileName));
        foreach (var name in FloatTensors)
        {
            Assert.Equal(dtype, file.DType(name));
            var expected = TrainedWeightsFixtureTests.Npy(name);
            var actual = file.ReadFloat32(name);
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
                Assert.True(Math.Abs(expected[i] - actual[i]) <= relative * Math.Abs(expected[i]) + 1e-6, $"{name}[{i}]: {actual[i]} for {expected[i]}");
        }
    }

    /// <summary>Every finite, infinite and NaN half (all 65,536 bit patterns) in one F16 tensor, against .NET's own conversion.</summary>
    [Fact]
    public void Half_conversion_is_exact_on_every_half()
    {
        var data = Enumerable.Range(0, 65536).SelectMany(h => BitConverter.GetBytes((ushort)h)).ToArray();
        var header = "{\"h\":{\"dtype\":\"F16\",\"shape\":[65536],\"data_offsets\":[0,131072]}}";
        var bytes = BitConverter.GetBytes((ulong)header.Length).Concat(Encoding.ASCII.GetBytes(header)).Concat(data).ToArray();
        var values = SafeTensors.Read(bytes).ReadFloat32("h");
        for (var h = 0; h < 65536; h++)
        {
            var expected = (float)BitConverter.UInt16BitsToHalf((ushort)h);
            Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(values[h]) || (float.IsNaN(expected) && float.IsNaN(values[h])),
                $"half 0x{h:x4}: {values[h]} for {expected}");
        }
    }

    [Fact]
    public void Npy_files_read_as_numpy_saved_them()
    {
        foreach (var name in FloatTensors)
        {
            var values = Npy.ReadFloat32(Path.Combine(Folder, "npy", name + ".npy"), out var shape);
            Assert.Equal(TrainedWeightsFixtureTests.Npy(name), values);
            Assert.Equal(values.Length, shape.Aggregate(1, (a, b) => a * b));
        }

        using var folder = Npy.ReadFolder(Path.Combine(Folder, "npy"));
        Assert.Equal(FloatTensors.OrderBy(n => n, StringComparer.Ordinal), folder.Names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(new[] { 4, 8, 3, 3 }, folder.Shape("3.weight"));
    }

    private static byte[] NpyBytes(int major, string descr, bool fortran, int[] shape, byte[] data)
    {
        var header = $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': ({string.Join(", ", shape)}{(shape.Length == 1 ? "," : "")}), }}";
        var prefix = major == 1 ? 10 : 12;
        header = header.PadRight(((prefix + header.Length + 1 + 63) / 64 * 64) - prefix - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.Add((byte)major);
        bytes.Add(0);
        bytes.AddRange(major == 1 ? BitConverter.GetBytes((ushort)header.Length) : BitConverter.GetBytes((uint)header.Length));
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        bytes.AddRange(data);
        return bytes.ToArray();
    }

    [Fact]
    public void Npy_reads_versions_2_and_3_float16_float64_big_endian_and_fortran_order()
    {
        var values = new[] { 1f, 2f, 3f, 4f, 5f, 6f };
        byte[] Bytes(Func<float, byte[]> convert) => values.SelectMany(convert).ToArray();
        Assert.Equal(values, Npy.ReadFloat32(NpyBytes(2, "<f4", false, new[] { 2, 3 }, Bytes(BitConverter.GetBytes)), out var shape));
        Assert.Equal(new[] { 2, 3 }, shape);
        Assert.Equal(values, Npy.ReadFloat32(NpyBytes(3, "<f8", false, new[] { 6 }, Bytes(v => BitConverter.GetBytes((double)v))), out _));
        Assert.Equal(values, Npy.ReadFloat32(NpyBytes(1, "<f2", false, new[] { 6 }, Bytes(v => BitConverter.GetBytes((Half)v))), out _));
        Assert.Equal(values, Npy.ReadFloat32(NpyBytes(1, ">f4", false, new[] { 6 }, Bytes(v => BitConverter.GetBytes(v).Reverse().ToArray())), out _));
        // Fortran order: column-major data of the 2x3 matrix [[1,2,3],[4,5,6]] is 1,4,2,5,3,6.
        var columnMajor = new[] { 1f, 4f, 2f, 5f, 3f, 6f }.SelectMany(BitConverter.GetBytes).ToArray();
        Assert.Equal(values, Npy.ReadFloat32(NpyBytes(1, "<f4", true, new[] { 2, 3 }, columnMajor), out _));
    }

    [Theory]
    [InlineData("<i8", "'<i8' is not float16, float32 or float64")]
    [InlineData("<c8", "is not float16, float32 or float64")]
    public void Npy_refuses_other_dtypes_saying_which(string descr, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Npy.ReadFloat32(NpyBytes(1, descr, false, new[] { 1 }, new byte[8]), out _));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Npy_refuses_data_of_another_length_and_bad_magic()
    {
        Assert.Contains("needs 24 bytes of data but the file holds 20",
            Assert.Throws<InvalidDataException>(() => Npy.ReadFloat32(NpyBytes(1, "<f4", false, new[] { 2, 3 }, new byte[20]), out _)).Message);
        Assert.Contains("does not start with", Assert.Throws<InvalidDataException>(() => Npy.ReadFloat32(new byte[16], out _)).Message);
        Assert.Contains("beyond the file", Assert.Throws<InvalidDataException>(() => Npy.ReadFloat32(NpyBytes(1, "<f4", false, new[] { 1 }, new byte[4])[..12], out _)).Message);
    }

    // A safetensors file from its header JSON and data.
    private static byte[] File_(string header, int dataLength) =>
        BitConverter.GetBytes((ulong)Encoding.UTF8.GetByteCount(header)).Concat(Encoding.UTF8.GetBytes(header)).Concat(new byte[dataLength]).ToArray();

    public static TheoryData<string, byte[], string> Hostile() => new()
    {
        { "truncated", File.ReadAllBytes(Path.Combine(Folder, "model.safetensors"))[..2000], "bytes of data but the file holds" },
        { "shorter than the length", new byte[] { 1, 2, 3 }, "fewer than the 8" },
        { "header length beyond the file", BitConverter.GetBytes(1000UL).Concat(new byte[20]).ToArray(), "beyond the file" },
        { "header length beyond the limit", BitConverter.GetBytes(200_000_000UL).Concat(new byte[20]).ToArray(), "beyond the file" },
        { "header length of 2^64 - 1", BitConverter.GetBytes(ulong.MaxValue).Concat(new byte[20]).ToArray(), "beyond the file" },
        { "not UTF-8", BitConverter.GetBytes(4UL).Concat(new byte[] { (byte)'{', 0xFF, 0xFE, (byte)'}' }).ToArray(), "not valid UTF-8" },
        { "not JSON", File_("{\"a\": }", 0), "not valid JSON" },
        { "not an object", File_("[1, 2]", 0), "does not start with '{'" },
        { "overlapping offsets", File_("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12), "overlapping" },
        { "a gap", File_("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", 12), "leaving a gap" },
        { "shape and size disagree", File_("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8), "12 bytes, but data_offsets [0, 8] hold 8" },
        { "bytes left over", File_("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 8), "belong to no tensor" },
        { "shape beyond int", File_("{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296, 0],\"data_offsets\":[0,0]}}", 0), "dimension 0" },
        { "element count overflowing long", File_("{\"a\":{\"dtype\":\"F64\",\"shape\":[2147483647,2147483647,2147483647],\"data_offsets\":[0,8]}}", 8), "bytes, but data_offsets" },
        { "unknown dtype", File_("{\"a\":{\"dtype\":\"Q4\",\"shape\":[1],\"data_offsets\":[0,1]}}", 1), "unknown dtype \"Q4\"" },
        { "duplicate names", File_("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", 2), "appears twice" },
        { "metadata not strings", File_("{\"__metadata__\":{\"format\":1}}", 0), "is not a string" },
        { "deep nesting", File_("{\"__metadata__\":" + new string('[', 100000) + "}", 0), "nested deeper than 64" },
        { "negative offset", File_("{\"a\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[-1,0]}}", 1), "no data_offsets" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_files_are_refused_saying_why(string what, byte[] bytes, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => SafeTensors.Read(bytes));
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{what}: {error.Message}");
    }

    [Fact]
    public void Asking_for_a_missing_or_non_float_tensor_says_which()
    {
        using var file = SafeTensors.Open(Path.Combine(Folder, "model.safetensors"));
        Assert.Contains("has no tensor \"5.weight\"", Assert.Throws<ArgumentException>(() => file.ReadFloat32("5.weight")).Message);
        Assert.Contains("\"1.num_batches_tracked\" is I64, not a float tensor", Assert.Throws<InvalidDataException>(() => file.ReadFloat32("1.num_batches_tracked")).Message);
        file.Dispose();
        Assert.Throws<ObjectDisposedException>(() => file.ReadFloat32("0.weight"));
    }

    /// <summary>
    /// 10,000 random mutations of the F32 file (a byte flipped, a run overwritten, the file cut or grown): each either
    /// reads (every tensor, when only data changed) or is refused with an InvalidDataException; nothing else.
    /// </summary>
    [Fact]
    public void Ten_thousand_mutations_read_or_are_refused_clearly()
    {
        var original = File.ReadAllBytes(Path.Combine(Folder, "model.safetensors"));
        var random = new Random(2026);
        int read = 0, refused = 0;
        for (var n = 0; n < 10_000; n++)
        {
            var bytes = (byte[])original.Clone();
            switch (random.Next(4))
            {
                case 0:
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    var start = random.Next(bytes.Length);
                    for (var i = start; i < Math.Min(bytes.Length, start + random.Next(1, 16)); i++) bytes[i] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                default:
                    // A position in the header, where most mutations matter.
                    var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(original);
                    bytes[8 + random.Next(headerLength)] = (byte)" {}[],:\"0123456789-eE.aF"[random.Next(24)];
                    break;
            }

            try
            {
                var file = SafeTensors.Read(bytes);
                foreach (var name in file.Names)
                    if (file.IsFloat(name)) file.ReadFloat32(name);
                read++;
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        Assert.True(read > 100 && refused > 1000, $"read {read}, refused {refused}: the mutations should exercise both");
    }
}
