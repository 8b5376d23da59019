/// A small storeroom for the end-to-end tests, as the CSV files an office would import.
enum Storeroom {
    static let people = """
        badge,name,department,roles
        E1001,王库管,Storeroom,keeper
        E2001,张三,General Affairs,employee
        E2002,李四,General Affairs,employee
        E3001,Wang Wu,Finance,employee

        """

    static let items = """
        code,barcodes,name,spec,unit,category,stock,threshold,bin
        ITM-PAPER,6901234000016,A4 复印纸,70 g,pack,stationery,40,35,A-01
        ITM-PEN,6901234000030,中性笔 gel pen,0.5 mm,box,stationery,20,5,A-02
        ITM-TONER,6901234000337,硒鼓 toner,CF258A,pcs,consumables,1,1,C-01

        """

    static let requisitions = """
        number,applicant_badge,department,date,purpose,approver,status,item_code,qty_requested,qty_approved
        YPQ-2024-001,E2001,General Affairs,2024-03-01,department printing,Manager Li,approved,ITM-PAPER,10,10
        YPQ-2024-001,E2001,General Affairs,2024-03-01,department printing,Manager Li,approved,ITM-PEN,2,2
        YPQ-2024-001,E2001,General Affairs,2024-03-01,department printing,Manager Li,approved,ITM-TONER,2,2

        """
}
