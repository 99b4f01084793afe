fn main() {
    newslens::start();
}
