package org.therapyassist.demo;

/** Fictional names, streets and towns for the demo service. Any likeness to real people is coincidence. */
final class DemoNames {

    static final String[] GIVEN = {"Margaret", "John", "Doreen", "Peter", "Elsie", "Harold", "Joan", "Arthur",
            "Patricia",
            "Kenneth", "Irene", "Stanley", "Sheila", "Derek", "Brenda", "Roy", "Maureen", "Colin", "Valerie", "Dennis",
            "Aisha", "Mohammed", "Priya", "Tariq", "Grace", "Samuel", "Niamh", "Connor", "Olga", "Piotr", "Wei", "Mei",
            "Fatima", "Yusuf", "Chidi", "Ngozi", "Rhys", "Carys", "Hamish", "Morag"};
    static final String[] FAMILY = {"Ashworth", "Bramley", "Cartwright", "Dunmore", "Eastwood", "Fairclough",
            "Greenhalgh",
            "Holroyd", "Illingworth", "Jowett", "Kershaw", "Lumb", "Marsden", "Nuttall", "Oddie", "Pickles", "Quarmby",
            "Rishworth", "Sutcliffe", "Thackray", "Uttley", "Varley", "Whiteley", "Yeadon", "Akhtar", "Begum",
            "Chowdhury",
            "Okonkwo", "Mensah", "Kowalski", "Nowak", "Chen", "Wong", "Hussain", "Iqbal", "MacLeod", "Pryce",
            "Gallagher",
            "Brennan", "Sokolova"};
    static final String[] STREETS = {"Moor Lane", "Mill Street", "Chapel Road", "Beck Side", "Weavers Close",
            "Canal View", "Heather Bank", "Station Road", "Low Green", "Quarry Hill", "Ash Grove",
            "Wellington Terrace"};
    static final String[] TOWNS = {"Northgate", "Calderbridge", "Holmefield", "Ryeburn", "Stonecliffe"};
    static final String[] POSTCODE_AREAS = {"NG", "CB", "HF", "RY", "SC"};

    private DemoNames() {
    }
}
