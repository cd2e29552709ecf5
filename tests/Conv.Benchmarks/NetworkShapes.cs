using System;
using System.Collections.Generic;
using System.Linq;
using Conv;

namespace Conv.Benchmarks;

// Every distinct conv layer of ResNet-18, VGG-16 and MobileNetV2 at 224x224, with bias, declared as a user would.
[Conv2d(3, 64, 7, Stride = 2, Padding = 3, InputHeight = 224, InputWidth = 224)] public partial class Net_resnet18_conv1;
[Conv2d(64, 64, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Net_resnet18_layer1;
[Conv2d(64, 128, 3, Stride = 2, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Net_resnet18_layer2_0_conv1;
[Conv2d(128, 128, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Net_resnet18_layer2;
[Conv2d(64, 128, 1, Stride = 2, InputHeight = 56, InputWidth = 56)] public partial class Net_resnet18_layer2_0_downsample;
[Conv2d(128, 256, 3, Stride = 2, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Net_resnet18_layer3_0_conv1;
[Conv2d(256, 256, 3, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class Net_resnet18_layer3;
[Conv2d(128, 256, 1, Stride = 2, InputHeight = 28, InputWidth = 28)] public partial class Net_resnet18_layer3_0_downsample;
[Conv2d(256, 512, 3, Stride = 2, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class Net_resnet18_layer4_0_conv1;
[Conv2d(512, 512, 3, Padding = 1, InputHeight = 7, InputWidth = 7)] public partial class Net_resnet18_layer4;
[Conv2d(256, 512, 1, Stride = 2, InputHeight = 14, InputWidth = 14)] public partial class Net_resnet18_layer4_0_downsample;
[Conv2d(3, 64, 3, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class Net_vgg16_3_64_224;
[Conv2d(64, 64, 3, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class Net_vgg16_64_64_224;
[Conv2d(64, 128, 3, Padding = 1, InputHeight = 112, InputWidth = 112)] public partial class Net_vgg16_64_128_112;
[Conv2d(128, 128, 3, Padding = 1, InputHeight = 112, InputWidth = 112)] public partial class Net_vgg16_128_128_112;
[Conv2d(128, 256, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Net_vgg16_128_256_56;
[Conv2d(256, 256, 3, Padding = 1, InputHeight = 56, InputWidth = 56)] public partial class Net_vgg16_256_256_56;
[Conv2d(256, 512, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Net_vgg16_256_512_28;
[Conv2d(512, 512, 3, Padding = 1, InputHeight = 28, InputWidth = 28)] public partial class Net_vgg16_512_512_28;
[Conv2d(512, 512, 3, Padding = 1, InputHeight = 14, InputWidth = 14)] public partial class Net_vgg16_512_512_14;
[Conv2d(3, 32, 3, Stride = 2, Padding = 1, InputHeight = 224, InputWidth = 224)] public partial class Net_mobilenetv2_features_0;
[Conv2d(32, 32, 3, Padding = 1, Groups = 32, InputHeight = 112, InputWidth = 112)] public partial class Net_mobilenetv2_dw32_112;
[Conv2d(32, 16, 1, InputHeight = 112, InputWidth = 112)] public partial class Net_mobilenetv2_pw32_16_112;
[Conv2d(16, 96, 1, InputHeight = 112, InputWidth = 112)] public partial class Net_mobilenetv2_expand16_96_112;
[Conv2d(96, 96, 3, Stride = 2, Padding = 1, Groups = 96, InputHeight = 112, InputWidth = 112)] public partial class Net_mobilenetv2_dw96s2_112;
[Conv2d(96, 24, 1, InputHeight = 56, InputWidth = 56)] public partial class Net_mobilenetv2_project96_24_56;
[Conv2d(24, 144, 1, InputHeight = 56, InputWidth = 56)] public partial class Net_mobilenetv2_expand24_144_56;
[Conv2d(144, 144, 3, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class Net_mobilenetv2_dw144s1_56;
[Conv2d(144, 24, 1, InputHeight = 56, InputWidth = 56)] public partial class Net_mobilenetv2_project144_24_56;
[Conv2d(144, 144, 3, Stride = 2, Padding = 1, Groups = 144, InputHeight = 56, InputWidth = 56)] public partial class Net_mobilenetv2_dw144s2_56;
[Conv2d(144, 32, 1, InputHeight = 28, InputWidth = 28)] public partial class Net_mobilenetv2_project144_32_28;
[Conv2d(32, 192, 1, InputHeight = 28, InputWidth = 28)] public partial class Net_mobilenetv2_expand32_192_28;
[Conv2d(192, 192, 3, Padding = 1, Groups = 192, InputHeight = 28, InputWidth = 28)] public partial class Net_mobilenetv2_dw192s1_28;
[Conv2d(192, 32, 1, InputHeight = 28, InputWidth = 28)] public partial class Net_mobilenetv2_project192_32_28;
[Conv2d(192, 192, 3, Stride = 2, Padding = 1, Groups = 192, InputHeight = 28, InputWidth = 28)] public partial class Net_mobilenetv2_dw192s2_28;
[Conv2d(192, 64, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_project192_64_14;
[Conv2d(64, 384, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_expand64_384_14;
[Conv2d(384, 384, 3, Padding = 1, Groups = 384, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_dw384s1_14;
[Conv2d(384, 64, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_project384_64_14;
[Conv2d(384, 96, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_project384_96_14;
[Conv2d(96, 576, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_expand96_576_14;
[Conv2d(576, 576, 3, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_dw576s1_14;
[Conv2d(576, 96, 1, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_project576_96_14;
[Conv2d(576, 576, 3, Stride = 2, Padding = 1, Groups = 576, InputHeight = 14, InputWidth = 14)] public partial class Net_mobilenetv2_dw576s2_14;
[Conv2d(576, 160, 1, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_project576_160_7;
[Conv2d(160, 960, 1, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_expand160_960_7;
[Conv2d(960, 960, 3, Padding = 1, Groups = 960, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_dw960s1_7;
[Conv2d(960, 160, 1, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_project960_160_7;
[Conv2d(960, 320, 1, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_project960_320_7;
[Conv2d(320, 1280, 1, InputHeight = 7, InputWidth = 7)] public partial class Net_mobilenetv2_features_18;

public static class NetworkShapes
{
    public static readonly IReadOnlyDictionary<string, Shape> All = new Dictionary<string, Shape>
    {
        ["resnet18 conv1 3x224x224*64x3x7x7 s2 p3"] = new("resnet18 conv1 3x224x224*64x3x7x7 s2 p3", new(3, 64, 7, 7, 224, 224, 2, 2, 3, 3, groups: 1), (w, b) => new Net_resnet18_conv1(w, b).Forward, (w, b) => new Net_resnet18_conv1(w, b).Forward),
        ["resnet18 layer1 64x56x56*64x64x3x3 p1"] = new("resnet18 layer1 64x56x56*64x64x3x3 p1", new(64, 64, 3, 3, 56, 56, 1, 1, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer1(w, b).Forward, (w, b) => new Net_resnet18_layer1(w, b).Forward),
        ["resnet18 layer2.0.conv1 64x56x56*128x64x3x3 s2 p1"] = new("resnet18 layer2.0.conv1 64x56x56*128x64x3x3 s2 p1", new(64, 128, 3, 3, 56, 56, 2, 2, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer2_0_conv1(w, b).Forward, (w, b) => new Net_resnet18_layer2_0_conv1(w, b).Forward),
        ["resnet18 layer2 128x28x28*128x128x3x3 p1"] = new("resnet18 layer2 128x28x28*128x128x3x3 p1", new(128, 128, 3, 3, 28, 28, 1, 1, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer2(w, b).Forward, (w, b) => new Net_resnet18_layer2(w, b).Forward),
        ["resnet18 layer2.0.downsample 64x56x56*128x64x1x1 s2"] = new("resnet18 layer2.0.downsample 64x56x56*128x64x1x1 s2", new(64, 128, 1, 1, 56, 56, 2, 2, 0, 0, groups: 1), (w, b) => new Net_resnet18_layer2_0_downsample(w, b).Forward, (w, b) => new Net_resnet18_layer2_0_downsample(w, b).Forward),
        ["resnet18 layer3.0.conv1 128x28x28*256x128x3x3 s2 p1"] = new("resnet18 layer3.0.conv1 128x28x28*256x128x3x3 s2 p1", new(128, 256, 3, 3, 28, 28, 2, 2, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer3_0_conv1(w, b).Forward, (w, b) => new Net_resnet18_layer3_0_conv1(w, b).Forward),
        ["resnet18 layer3 256x14x14*256x256x3x3 p1"] = new("resnet18 layer3 256x14x14*256x256x3x3 p1", new(256, 256, 3, 3, 14, 14, 1, 1, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer3(w, b).Forward, (w, b) => new Net_resnet18_layer3(w, b).Forward),
        ["resnet18 layer3.0.downsample 128x28x28*256x128x1x1 s2"] = new("resnet18 layer3.0.downsample 128x28x28*256x128x1x1 s2", new(128, 256, 1, 1, 28, 28, 2, 2, 0, 0, groups: 1), (w, b) => new Net_resnet18_layer3_0_downsample(w, b).Forward, (w, b) => new Net_resnet18_layer3_0_downsample(w, b).Forward),
        ["resnet18 layer4.0.conv1 256x14x14*512x256x3x3 s2 p1"] = new("resnet18 layer4.0.conv1 256x14x14*512x256x3x3 s2 p1", new(256, 512, 3, 3, 14, 14, 2, 2, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer4_0_conv1(w, b).Forward, (w, b) => new Net_resnet18_layer4_0_conv1(w, b).Forward),
        ["resnet18 layer4 512x7x7*512x512x3x3 p1"] = new("resnet18 layer4 512x7x7*512x512x3x3 p1", new(512, 512, 3, 3, 7, 7, 1, 1, 1, 1, groups: 1), (w, b) => new Net_resnet18_layer4(w, b).Forward, (w, b) => new Net_resnet18_layer4(w, b).Forward),
        ["resnet18 layer4.0.downsample 256x14x14*512x256x1x1 s2"] = new("resnet18 layer4.0.downsample 256x14x14*512x256x1x1 s2", new(256, 512, 1, 1, 14, 14, 2, 2, 0, 0, groups: 1), (w, b) => new Net_resnet18_layer4_0_downsample(w, b).Forward, (w, b) => new Net_resnet18_layer4_0_downsample(w, b).Forward),
        ["vgg16 3-64@224 3x224x224*64x3x3x3 p1"] = new("vgg16 3-64@224 3x224x224*64x3x3x3 p1", new(3, 64, 3, 3, 224, 224, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_3_64_224(w, b).Forward, (w, b) => new Net_vgg16_3_64_224(w, b).Forward),
        ["vgg16 64-64@224 64x224x224*64x64x3x3 p1"] = new("vgg16 64-64@224 64x224x224*64x64x3x3 p1", new(64, 64, 3, 3, 224, 224, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_64_64_224(w, b).Forward, (w, b) => new Net_vgg16_64_64_224(w, b).Forward),
        ["vgg16 64-128@112 64x112x112*128x64x3x3 p1"] = new("vgg16 64-128@112 64x112x112*128x64x3x3 p1", new(64, 128, 3, 3, 112, 112, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_64_128_112(w, b).Forward, (w, b) => new Net_vgg16_64_128_112(w, b).Forward),
        ["vgg16 128-128@112 128x112x112*128x128x3x3 p1"] = new("vgg16 128-128@112 128x112x112*128x128x3x3 p1", new(128, 128, 3, 3, 112, 112, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_128_128_112(w, b).Forward, (w, b) => new Net_vgg16_128_128_112(w, b).Forward),
        ["vgg16 128-256@56 128x56x56*256x128x3x3 p1"] = new("vgg16 128-256@56 128x56x56*256x128x3x3 p1", new(128, 256, 3, 3, 56, 56, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_128_256_56(w, b).Forward, (w, b) => new Net_vgg16_128_256_56(w, b).Forward),
        ["vgg16 256-256@56 256x56x56*256x256x3x3 p1"] = new("vgg16 256-256@56 256x56x56*256x256x3x3 p1", new(256, 256, 3, 3, 56, 56, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_256_256_56(w, b).Forward, (w, b) => new Net_vgg16_256_256_56(w, b).Forward),
        ["vgg16 256-512@28 256x28x28*512x256x3x3 p1"] = new("vgg16 256-512@28 256x28x28*512x256x3x3 p1", new(256, 512, 3, 3, 28, 28, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_256_512_28(w, b).Forward, (w, b) => new Net_vgg16_256_512_28(w, b).Forward),
        ["vgg16 512-512@28 512x28x28*512x512x3x3 p1"] = new("vgg16 512-512@28 512x28x28*512x512x3x3 p1", new(512, 512, 3, 3, 28, 28, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_512_512_28(w, b).Forward, (w, b) => new Net_vgg16_512_512_28(w, b).Forward),
        ["vgg16 512-512@14 512x14x14*512x512x3x3 p1"] = new("vgg16 512-512@14 512x14x14*512x512x3x3 p1", new(512, 512, 3, 3, 14, 14, 1, 1, 1, 1, groups: 1), (w, b) => new Net_vgg16_512_512_14(w, b).Forward, (w, b) => new Net_vgg16_512_512_14(w, b).Forward),
        ["mobilenetv2 features.0 3x224x224*32x3x3x3 s2 p1"] = new("mobilenetv2 features.0 3x224x224*32x3x3x3 s2 p1", new(3, 32, 3, 3, 224, 224, 2, 2, 1, 1, groups: 1), (w, b) => new Net_mobilenetv2_features_0(w, b).Forward, (w, b) => new Net_mobilenetv2_features_0(w, b).Forward),
        ["mobilenetv2 dw32@112 32x112x112*32x1x3x3 p1 g32"] = new("mobilenetv2 dw32@112 32x112x112*32x1x3x3 p1 g32", new(32, 32, 3, 3, 112, 112, 1, 1, 1, 1, groups: 32), (w, b) => new Net_mobilenetv2_dw32_112(w, b).Forward, (w, b) => new Net_mobilenetv2_dw32_112(w, b).Forward),
        ["mobilenetv2 pw32-16@112 32x112x112*16x32x1x1"] = new("mobilenetv2 pw32-16@112 32x112x112*16x32x1x1", new(32, 16, 1, 1, 112, 112, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_pw32_16_112(w, b).Forward, (w, b) => new Net_mobilenetv2_pw32_16_112(w, b).Forward),
        ["mobilenetv2 expand16-96@112 16x112x112*96x16x1x1"] = new("mobilenetv2 expand16-96@112 16x112x112*96x16x1x1", new(16, 96, 1, 1, 112, 112, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand16_96_112(w, b).Forward, (w, b) => new Net_mobilenetv2_expand16_96_112(w, b).Forward),
        ["mobilenetv2 dw96s2@112 96x112x112*96x1x3x3 s2 p1 g96"] = new("mobilenetv2 dw96s2@112 96x112x112*96x1x3x3 s2 p1 g96", new(96, 96, 3, 3, 112, 112, 2, 2, 1, 1, groups: 96), (w, b) => new Net_mobilenetv2_dw96s2_112(w, b).Forward, (w, b) => new Net_mobilenetv2_dw96s2_112(w, b).Forward),
        ["mobilenetv2 project96-24@56 96x56x56*24x96x1x1"] = new("mobilenetv2 project96-24@56 96x56x56*24x96x1x1", new(96, 24, 1, 1, 56, 56, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project96_24_56(w, b).Forward, (w, b) => new Net_mobilenetv2_project96_24_56(w, b).Forward),
        ["mobilenetv2 expand24-144@56 24x56x56*144x24x1x1"] = new("mobilenetv2 expand24-144@56 24x56x56*144x24x1x1", new(24, 144, 1, 1, 56, 56, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand24_144_56(w, b).Forward, (w, b) => new Net_mobilenetv2_expand24_144_56(w, b).Forward),
        ["mobilenetv2 dw144s1@56 144x56x56*144x1x3x3 p1 g144"] = new("mobilenetv2 dw144s1@56 144x56x56*144x1x3x3 p1 g144", new(144, 144, 3, 3, 56, 56, 1, 1, 1, 1, groups: 144), (w, b) => new Net_mobilenetv2_dw144s1_56(w, b).Forward, (w, b) => new Net_mobilenetv2_dw144s1_56(w, b).Forward),
        ["mobilenetv2 project144-24@56 144x56x56*24x144x1x1"] = new("mobilenetv2 project144-24@56 144x56x56*24x144x1x1", new(144, 24, 1, 1, 56, 56, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project144_24_56(w, b).Forward, (w, b) => new Net_mobilenetv2_project144_24_56(w, b).Forward),
        ["mobilenetv2 dw144s2@56 144x56x56*144x1x3x3 s2 p1 g144"] = new("mobilenetv2 dw144s2@56 144x56x56*144x1x3x3 s2 p1 g144", new(144, 144, 3, 3, 56, 56, 2, 2, 1, 1, groups: 144), (w, b) => new Net_mobilenetv2_dw144s2_56(w, b).Forward, (w, b) => new Net_mobilenetv2_dw144s2_56(w, b).Forward),
        ["mobilenetv2 project144-32@28 144x28x28*32x144x1x1"] = new("mobilenetv2 project144-32@28 144x28x28*32x144x1x1", new(144, 32, 1, 1, 28, 28, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project144_32_28(w, b).Forward, (w, b) => new Net_mobilenetv2_project144_32_28(w, b).Forward),
        ["mobilenetv2 expand32-192@28 32x28x28*192x32x1x1"] = new("mobilenetv2 expand32-192@28 32x28x28*192x32x1x1", new(32, 192, 1, 1, 28, 28, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand32_192_28(w, b).Forward, (w, b) => new Net_mobilenetv2_expand32_192_28(w, b).Forward),
        ["mobilenetv2 dw192s1@28 192x28x28*192x1x3x3 p1 g192"] = new("mobilenetv2 dw192s1@28 192x28x28*192x1x3x3 p1 g192", new(192, 192, 3, 3, 28, 28, 1, 1, 1, 1, groups: 192), (w, b) => new Net_mobilenetv2_dw192s1_28(w, b).Forward, (w, b) => new Net_mobilenetv2_dw192s1_28(w, b).Forward),
        ["mobilenetv2 project192-32@28 192x28x28*32x192x1x1"] = new("mobilenetv2 project192-32@28 192x28x28*32x192x1x1", new(192, 32, 1, 1, 28, 28, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project192_32_28(w, b).Forward, (w, b) => new Net_mobilenetv2_project192_32_28(w, b).Forward),
        ["mobilenetv2 dw192s2@28 192x28x28*192x1x3x3 s2 p1 g192"] = new("mobilenetv2 dw192s2@28 192x28x28*192x1x3x3 s2 p1 g192", new(192, 192, 3, 3, 28, 28, 2, 2, 1, 1, groups: 192), (w, b) => new Net_mobilenetv2_dw192s2_28(w, b).Forward, (w, b) => new Net_mobilenetv2_dw192s2_28(w, b).Forward),
        ["mobilenetv2 project192-64@14 192x14x14*64x192x1x1"] = new("mobilenetv2 project192-64@14 192x14x14*64x192x1x1", new(192, 64, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project192_64_14(w, b).Forward, (w, b) => new Net_mobilenetv2_project192_64_14(w, b).Forward),
        ["mobilenetv2 expand64-384@14 64x14x14*384x64x1x1"] = new("mobilenetv2 expand64-384@14 64x14x14*384x64x1x1", new(64, 384, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand64_384_14(w, b).Forward, (w, b) => new Net_mobilenetv2_expand64_384_14(w, b).Forward),
        ["mobilenetv2 dw384s1@14 384x14x14*384x1x3x3 p1 g384"] = new("mobilenetv2 dw384s1@14 384x14x14*384x1x3x3 p1 g384", new(384, 384, 3, 3, 14, 14, 1, 1, 1, 1, groups: 384), (w, b) => new Net_mobilenetv2_dw384s1_14(w, b).Forward, (w, b) => new Net_mobilenetv2_dw384s1_14(w, b).Forward),
        ["mobilenetv2 project384-64@14 384x14x14*64x384x1x1"] = new("mobilenetv2 project384-64@14 384x14x14*64x384x1x1", new(384, 64, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project384_64_14(w, b).Forward, (w, b) => new Net_mobilenetv2_project384_64_14(w, b).Forward),
        ["mobilenetv2 project384-96@14 384x14x14*96x384x1x1"] = new("mobilenetv2 project384-96@14 384x14x14*96x384x1x1", new(384, 96, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project384_96_14(w, b).Forward, (w, b) => new Net_mobilenetv2_project384_96_14(w, b).Forward),
        ["mobilenetv2 expand96-576@14 96x14x14*576x96x1x1"] = new("mobilenetv2 expand96-576@14 96x14x14*576x96x1x1", new(96, 576, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand96_576_14(w, b).Forward, (w, b) => new Net_mobilenetv2_expand96_576_14(w, b).Forward),
        ["mobilenetv2 dw576s1@14 576x14x14*576x1x3x3 p1 g576"] = new("mobilenetv2 dw576s1@14 576x14x14*576x1x3x3 p1 g576", new(576, 576, 3, 3, 14, 14, 1, 1, 1, 1, groups: 576), (w, b) => new Net_mobilenetv2_dw576s1_14(w, b).Forward, (w, b) => new Net_mobilenetv2_dw576s1_14(w, b).Forward),
        ["mobilenetv2 project576-96@14 576x14x14*96x576x1x1"] = new("mobilenetv2 project576-96@14 576x14x14*96x576x1x1", new(576, 96, 1, 1, 14, 14, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project576_96_14(w, b).Forward, (w, b) => new Net_mobilenetv2_project576_96_14(w, b).Forward),
        ["mobilenetv2 dw576s2@14 576x14x14*576x1x3x3 s2 p1 g576"] = new("mobilenetv2 dw576s2@14 576x14x14*576x1x3x3 s2 p1 g576", new(576, 576, 3, 3, 14, 14, 2, 2, 1, 1, groups: 576), (w, b) => new Net_mobilenetv2_dw576s2_14(w, b).Forward, (w, b) => new Net_mobilenetv2_dw576s2_14(w, b).Forward),
        ["mobilenetv2 project576-160@7 576x7x7*160x576x1x1"] = new("mobilenetv2 project576-160@7 576x7x7*160x576x1x1", new(576, 160, 1, 1, 7, 7, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project576_160_7(w, b).Forward, (w, b) => new Net_mobilenetv2_project576_160_7(w, b).Forward),
        ["mobilenetv2 expand160-960@7 160x7x7*960x160x1x1"] = new("mobilenetv2 expand160-960@7 160x7x7*960x160x1x1", new(160, 960, 1, 1, 7, 7, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_expand160_960_7(w, b).Forward, (w, b) => new Net_mobilenetv2_expand160_960_7(w, b).Forward),
        ["mobilenetv2 dw960s1@7 960x7x7*960x1x3x3 p1 g960"] = new("mobilenetv2 dw960s1@7 960x7x7*960x1x3x3 p1 g960", new(960, 960, 3, 3, 7, 7, 1, 1, 1, 1, groups: 960), (w, b) => new Net_mobilenetv2_dw960s1_7(w, b).Forward, (w, b) => new Net_mobilenetv2_dw960s1_7(w, b).Forward),
        ["mobilenetv2 project960-160@7 960x7x7*160x960x1x1"] = new("mobilenetv2 project960-160@7 960x7x7*160x960x1x1", new(960, 160, 1, 1, 7, 7, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project960_160_7(w, b).Forward, (w, b) => new Net_mobilenetv2_project960_160_7(w, b).Forward),
        ["mobilenetv2 project960-320@7 960x7x7*320x960x1x1"] = new("mobilenetv2 project960-320@7 960x7x7*320x960x1x1", new(960, 320, 1, 1, 7, 7, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_project960_320_7(w, b).Forward, (w, b) => new Net_mobilenetv2_project960_320_7(w, b).Forward),
        ["mobilenetv2 features.18 320x7x7*1280x320x1x1"] = new("mobilenetv2 features.18 320x7x7*1280x320x1x1", new(320, 1280, 1, 1, 7, 7, 1, 1, 0, 0, groups: 1), (w, b) => new Net_mobilenetv2_features_18(w, b).Forward, (w, b) => new Net_mobilenetv2_features_18(w, b).Forward),
    };

    /// <summary>The layers of the three networks and of the others (<see cref="MoreNetworkShapes"/>, <see cref="NewerNetworkShapes"/>, <see cref="TaskNetworkShapes"/>), by name.</summary>
    public static IReadOnlyDictionary<string, Shape> Every => _every ??= All.Concat(MoreNetworkShapes.All).Concat(NewerNetworkShapes.All).Concat(TaskNetworkShapes.All).ToDictionary(pair => pair.Key, pair => pair.Value);

    private static IReadOnlyDictionary<string, Shape>? _every;

    /// <summary>
    /// The layers that CONV_BENCH_SHAPES selects: without it the three networks; "others", "newer" and "tasks" for the other networks' layers;
    /// otherwise every layer whose name contains one of its comma-separated words.
    /// </summary>
    public static IEnumerable<string> Selected()
    {
        if (Environment.GetEnvironmentVariable("CONV_BENCH_SHAPES") is not { Length: > 0 } filter) return All.Keys;
        var words = filter.Split(',').Select(word => word.Trim()).ToArray();
        if (words.Contains("others")) return MoreNetworkShapes.All.Keys;
        if (words.Contains("newer")) return NewerNetworkShapes.All.Keys;
        if (words.Contains("tasks")) return TaskNetworkShapes.All.Keys;
        return Every.Keys.Where(name => words.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }
}
