import Foundation
import Scanning
import Testing

// MARK: - CameraScannerTests

/// Opening the camera. There is no camera on the build machines, so these check what an
/// admin sees when the device is wrong; frame handling is covered by `FrameScanner` tests.
@Suite struct CameraScannerTests {
    @Test("a missing device says where to look")
    func missing() {
        let path = "/dev/video-qm-missing-\(UUID().uuidString.prefix(4))"
        let error = #expect(throws: CameraError.self) {
            try CameraScanner(configuration: CameraConfiguration(device: path))
        }
        #expect(error?.code == .deviceMissing)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("ls /dev/video") == true)
    }

    @Test("a path that is not a camera is deviceUnusable, with zbar's reason", arguments: ["/dev/null", "regular file"])
    func notACamera(kind: String) throws {
        let tools = try ImageDecodingTools()
        defer { tools.removeAll() }
        let path = kind == "/dev/null" ? kind : try tools.write(Array("not a camera".utf8), to: "video0")

        let error = #expect(throws: CameraError.self) {
            try CameraScanner(configuration: CameraConfiguration(device: path))
        }

        #expect(error?.code == .deviceUnusable)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("v4l2-ctl") == true)
    }

    @Test("bad settings are refused before the device is touched")
    func settingsFirst() {
        let error = #expect(throws: CameraError.self) {
            try CameraScanner(configuration: CameraConfiguration(device: "/dev/video-qm-missing", density: 0))
        }
        #expect(error?.code == .invalidConfiguration)
    }

    @Test("the scan stream ends with the open error")
    func streamEndsWithError() async {
        let stream = CameraScanner.scans(configuration: CameraConfiguration(device: "/dev/video-qm-missing"))
        var received: [DecodedSymbol] = []
        let error = await #expect(throws: CameraError.self) {
            for try await symbol in stream { received.append(symbol) }
        }
        #expect(received.isEmpty)
        #expect(error?.code == .deviceMissing)
    }
}
