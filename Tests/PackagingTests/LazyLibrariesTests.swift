import Foundation
import QuartermasterTesting
import Testing

/// cairo/Pango, zbar, libjpeg and libxlsxwriter are opened on their first call
/// (Sources/CLazyLibraries), so that an idle station maps none of them: scripts/package-deb drops
/// them from the binary's DT_NEEDED once it has checked the binary takes nothing from them.
@Suite struct LazyLibrariesTests {
    /// The libraries the packaged binary opens when first used, by soname.
    static let opened = [
        "libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libcairo.so.2", "libgobject-2.0.so.0",
        "libzbar.so.0", "libjpeg.so.62", "libxlsxwriter.so.4",
    ]

    static func symbols(_ arguments: [String]) throws -> Set<String> {
        let result = try ChildProcess.run(try ChildProcess.which("nm"), arguments)
        try #require(result.status == 0, "nm \(arguments): \(result.error)")
        return Set(result.output.split(separator: "\n").compactMap { line in
            line.split(separator: " ").last.map { String($0.split(separator: "@").first ?? $0) }
        })
    }

    /// Every function of those libraries that the binary calls goes through a wrapper: a call
    /// wrappers.c lacks (scripts/lazy-libraries not run again) is an import of the library itself.
    @Test func theBinaryImportsNothingFromTheLibrariesItOpensWhenUsed() throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let imports = try Self.symbols(["-D", "--undefined-only", binary])
        for soname in Self.opened {
            let exports = try Self.symbols(["-D", "--defined-only", "/usr/lib/x86_64-linux-gnu/" + soname])
            let direct = imports.intersection(exports).sorted()
            #expect(direct.isEmpty, "the binary calls \(soname) directly: \(direct.prefix(5)) (run scripts/lazy-libraries)")
        }
    }

    /// Without them in DT_NEEDED, as packaged, the binary renders a label with Chinese text
    /// (cairo, Pango) and decodes its QR code again (zbar): each library opened on first use.
    @Test func withoutThemInItsDependenciesTheBinaryRendersAndDecodes() throws {
        let binary = try #require(ChildProcess.quartermasterBinary(), "build the binary first: swift build --build-tests")
        let folder = try PackageFolder.temporary("lazy")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/quartermaster"
        try FileManager.default.copyItem(atPath: binary, toPath: copy)
        let removing = Self.opened.flatMap { ["--remove-needed", $0] }
        let patched = try ChildProcess.run(try ChildProcess.which("patchelf"), removing + [copy])
        try #require(patched.status == 0, "patchelf: \(patched.error)")
        let needed = try ChildProcess.run(try ChildProcess.which("readelf"), ["-d", copy]).output
        for soname in Self.opened { #expect(!needed.contains("[\(soname)]"), "\(soname) is still in DT_NEEDED") }

        let label = folder + "/label.png"
        let rendered = try ChildProcess.run(
            copy, ["label", "render", "--template", PackageFolder.path("labels/asset-62x29.yaml"),
                   "--set", "tag=FA-000123", "--set", "name=张三的笔记本", "--output", label])
        #expect(rendered.status == 0, "label render: \(rendered.error)")
        let decoded = try ChildProcess.run(copy, ["scan", "image", label])
        #expect(decoded.status == 0, "scan image: \(decoded.error)")
        #expect(decoded.output == "QR-Code:FA-000123\n")
    }
}
