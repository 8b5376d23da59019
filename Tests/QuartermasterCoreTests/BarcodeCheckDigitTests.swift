import Testing
import QuartermasterCore

/// GS1 modulo-10 check digits and GTIN normalisation, on real product numbers.
struct BarcodeCheckDigitTests {
    // MARK: Check digits

    @Test(arguments: [
        "4006381333931",  // EAN-13
        "9501101530003",  // EAN-13, GS1's own example
        "5901234123457",  // EAN-13
        "96385074",  // EAN-8
        "036000291452",  // UPC-A
        "10614141000415",  // GTIN-14 (ITF-14)
        "09501101530003",  // GTIN-14 of an EAN-13
        "106141411234567897",  // SSCC
        "4012345000009",  // GLN
    ])
    func validNumbers(number: String) {
        #expect(CheckDigit.isValid(number))
    }

    @Test(arguments: [
        "4006381333938", "9501101530017", "96385075", "036000291453", "10614141000416",
        "", "1", "40063813339a1", "４006381333931", "4006381333931 ", " 4006381333931",
    ])
    func invalidNumbers(number: String) {
        #expect(!CheckDigit.isValid(number))
    }

    @Test(arguments: [
        ("400638133393", 1), ("950110153000", 3), ("9638507", 4), ("03600029145", 2),
        ("1061414100041", 5), ("0", 0), ("10614141123456789", 7),
    ])
    func computes(payload: String, digit: Int) {
        #expect(CheckDigit.compute(payload) == digit)
    }

    @Test(arguments: ["", "12a", "１２"])
    func computesNothingForNonDigits(payload: String) {
        #expect(CheckDigit.compute(payload) == nil)
    }

    // MARK: GTIN

    @Test(arguments: [
        ("4006381333931", "04006381333931"),
        ("04006381333931", "04006381333931"),
        ("9501101530003", "09501101530003"),
        ("96385074", "00000096385074"),
        ("036000291452", "00036000291452"),
        ("10614141000415", "10614141000415"),
    ])
    func normalisesTo14Digits(code: String, gtin: String) {
        #expect(GTIN.normalized(code) == gtin)
        #expect(GTIN.normalized(code[...]) == gtin)
    }

    @Test(arguments: [
        "4006381333938", "96385075", "123", "123456789", "400638133393100", "", "ITM-PAPER",
        "4006381333931\n", "106141411234567897",
    ])
    func refusesWhatIsNoGTIN(code: String) {
        #expect(GTIN.normalized(code) == nil)
    }

    @Test func sameProductSameGTIN() {
        #expect(GTIN.normalized("036000291452") == GTIN.normalized("0036000291452"))
        #expect(GTIN.normalized("036000291452") == GTIN.normalized("00036000291452"))
    }

    // MARK: UPC-E

    @Test(arguments: [
        ("01234565", "012345000065"),  // last digit 5-9: manufacturer 5 digits
        ("04252614", "042100005264"),  // last digit 0-2
        ("01234531", "012300000451"),  // last digit 3
        ("01234543", "012340000053"),  // last digit 4
    ])
    func expandsUPCE(upcE: String, upcA: String) {
        #expect(GTIN.expandingUPCE(upcE) == upcA)
        #expect(CheckDigit.isValid(upcA))
    }

    @Test(arguments: ["01234566", "21234565", "0123456", "0123456a"])
    func refusesWhatIsNoUPCE(code: String) {
        #expect(GTIN.expandingUPCE(code) == nil)
    }
}
