import Foundation

/// Reads an xlsx file the way nothing of ours wrote it: Python's standard library unzips it
/// (`zipfile`, CRCs checked) and parses every XML part (`xml.etree`, so a character XML
/// forbids fails the read), then reports the cells as JSON (`WorkbookContents`).
public enum WorkbookReader {
    /// The workbook at `path`; throws with Python's complaint if the file is not a valid xlsx.
    public static func read(_ path: String) throws -> WorkbookContents {
        let result = try ChildProcess.run(try ChildProcess.which("python3"), ["-c", script, path])
        guard result.status == 0 else {
            throw ChildProcess.Failure(description: "python3 could not read \(path) as a workbook: \(result.error)")
        }
        return try JSONDecoder().decode(WorkbookContents.self, from: Data(result.output.utf8))
    }

    static let script = #"""
        import datetime, json, re, sys, zipfile
        import xml.etree.ElementTree as ET

        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        BUILTIN = {0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%',
                   11: '0.00E+00', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
                   19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 49: '@'}

        def unescape(text):
            return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), text)

        def text_of(element):
            return unescape(''.join(t.text or '' for t in element.iter(M + 't')))

        def is_date_format(code):
            plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', '', code)
            return any(c in plain for c in 'ymdhs')

        def serial_date(serial):
            value = float(serial)
            days = int(value // 1)
            seconds = round((value - days) * 86400)
            if days < 60:
                days += 1  # Excel counts a 1900-02-29 that never was
            moment = datetime.datetime(1899, 12, 30) + datetime.timedelta(days=days, seconds=seconds)
            return moment.strftime('%Y-%m-%dT%H:%M:%S')

        def position(ref):
            letters = re.match(r'[A-Z]+', ref).group(0)
            column = 0
            for letter in letters:
                column = column * 26 + ord(letter) - 64
            return int(ref[len(letters):]) - 1, column - 1

        archive = zipfile.ZipFile(sys.argv[1])
        broken = archive.testzip()
        if broken:
            sys.exit('corrupt zip member ' + broken)
        parts = {}
        for name in archive.namelist():
            if name.endswith('.xml') or name.endswith('.rels'):
                parts[name] = ET.fromstring(archive.read(name))
        shared = [text_of(si) for si in parts['xl/sharedStrings.xml'].iter(M + 'si')] if 'xl/sharedStrings.xml' in parts else []
        styles = parts['xl/styles.xml']
        formats = dict(BUILTIN)
        for nf in styles.iter(M + 'numFmt'):
            formats[int(nf.get('numFmtId'))] = nf.get('formatCode')
        bold_fonts = []
        for font in styles.find(M + 'fonts'):
            b = font.find(M + 'b')
            bold_fonts.append(b is not None and b.get('val', '1') not in ('0', 'false'))
        xfs = []
        for xf in styles.find(M + 'cellXfs'):
            alignment = xf.find(M + 'alignment')
            xfs.append({'format': formats.get(int(xf.get('numFmtId', '0')), '?'),
                        'bold': bold_fonts[int(xf.get('fontId', '0'))],
                        'wrap': alignment is not None and alignment.get('wrapText') in ('1', 'true')})
        rels = {r.get('Id'): r.get('Target') for r in parts['xl/_rels/workbook.xml.rels']}
        sheets = []
        for sheet in parts['xl/workbook.xml'].iter(M + 'sheet'):
            target = rels[sheet.get(R + 'id')]
            target = target[1:] if target.startswith('/') else 'xl/' + target
            xml = parts[target]
            cells = []
            for c in xml.iter(M + 'c'):
                ref = c.get('r')
                row, column = position(ref)
                kind = c.get('t', 'n')
                style = xfs[int(c.get('s', '0'))]
                v = c.find(M + 'v')
                if kind == 's':
                    value = shared[int(v.text)]
                elif kind == 'inlineStr':
                    value = text_of(c.find(M + 'is'))
                else:
                    value = v.text if v is not None and v.text is not None else ''
                cell = {'ref': ref, 'row': row, 'column': column, 'type': kind, 'value': value,
                        'formula': c.find(M + 'f') is not None, 'format': style['format'],
                        'bold': style['bold'], 'wrap': style['wrap'], 'date': None}
                if kind == 'n' and value and is_date_format(style['format']):
                    cell['date'] = serial_date(value)
                cells.append(cell)
            pane = xml.find(M + 'sheetViews/' + M + 'sheetView/' + M + 'pane')
            autofilter = xml.find(M + 'autoFilter')
            columns = [{'min': int(col.get('min')), 'max': int(col.get('max')), 'width': float(col.get('width'))}
                       for col in xml.iter(M + 'col')]
            sheets.append({'name': sheet.get('name'), 'cells': cells,
                           'pane': None if pane is None else {k: pane.get(k) for k in ('state', 'ySplit', 'xSplit', 'topLeftCell')},
                           'autoFilter': None if autofilter is None else autofilter.get('ref'),
                           'columns': columns})
        print(json.dumps({'sheets': sheets}))
        """#
}
