#!/usr/bin/env python3
"""Writes N people as a CSV file for the import benchmarks (compare.sh, scaling.sh): UTF-8 with
Polish letters, CRLF, a quoted tag list in every row and a consent column (tak, nie or empty).

    Benchmarks/make-people-csv.py OUT N
"""
import random
import sys

random.seed(7)
first = ["Łucja", "Jan", "Zofia", "Grzegorz", "Anna", "Piotr", "Małgorzata", "Krzysztof", "Ewa", "Tomasz", "Agnieszka", "Paweł"]
last = ["Żak", "Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Woźniak"]
cities = ["Łódź", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Warszawa", "Szczecin", "Lublin"]
comp = ["Hurtownia Ślęża", "Kowalski i Syn", "Agencja Kreatywna", "Biuro Podróży Słońce", "Chrząszcz Sp. z o.o."]
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    f.write("Name,Email,Phone,Company,Position,City,Tags,Notes,email-marketing\r\n")
    for i in range(int(sys.argv[2])):
        n = f"{random.choice(first)} {random.choice(last)}"
        f.write(f"{n},osoba{i}@example.pl,+48 6{i%100:02d} {i%1000:03d} {(i*7)%1000:03d},{random.choice(comp)},Kierownik,"
                f"{random.choice(cities)},\"vip, targi\",,{random.choice(['tak','nie',''])}\r\n")
