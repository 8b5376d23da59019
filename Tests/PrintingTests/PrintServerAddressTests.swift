import Printing
import Testing

/// Reading `CUPS_SERVER` the way libcups does.
@Suite struct PrintServerAddressTests {
    @Test(arguments: [
        ("/tmp/x/cups.sock", PrintServer.Address.socket(path: "/tmp/x/cups.sock")),
        ("printhost", .host("printhost", port: 631)),
        ("printhost:8631", .host("printhost", port: 8631)),
        ("printhost:8631/version=1.1", .host("printhost", port: 8631)),
        ("10.0.0.5:631", .host("10.0.0.5", port: 631)),
        ("[::1]:8631", .host("::1", port: 8631)),
        ("[fe80::1]", .host("fe80::1", port: 631)),
    ])
    func cupsServerValue(value: String, expected: PrintServer.Address) {
        #expect(PrintServer.Address(cupsServer: value) == expected)
        #expect(PrintServer(environment: ["CUPS_SERVER": value]).address == expected)
    }

    @Test func emptyOrMissingMeansLibcupsDefault() {
        #expect(PrintServer.Address(cupsServer: "") == nil)
        #expect(PrintServer(environment: ["CUPS_SERVER": ""]).address == .systemDefault)
        #expect(PrintServer(environment: [:]).address == .systemDefault)
    }

    @Test func descriptionNamesTheAddress() {
        #expect(PrintServer(socketPath: "/run/cups/cups.sock").description == "/run/cups/cups.sock")
        #expect(PrintServer(host: "printhost", port: 8631).description == "printhost:8631")
        #expect(PrintServer(host: "::1").description == "[::1]:631")
    }
}
